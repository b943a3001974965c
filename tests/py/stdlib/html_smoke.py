import html
from html.parser import HTMLParser
print(html.escape("<a href='x'>&\"</a>"), html.escape("<>", quote=False))
print(html.unescape("&lt;p&gt; &amp; &#39; &#x41; &eacute; &nbsp;|"))
class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print("start", tag, attrs)
    def handle_endtag(self, tag): print("end", tag)
    def handle_data(self, data): print("data", repr(data))
    def handle_comment(self, data): print("comment", repr(data))
P().feed("<html><body class='x' id=y><p>Hi &amp; bye</p><!-- c --><br/></body></html>")

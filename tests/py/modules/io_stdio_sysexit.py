import sys
sys.stderr.write("pending ")
print("stdout text")
sys.exit("exit message")

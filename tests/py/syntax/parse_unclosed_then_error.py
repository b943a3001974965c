foo(
x = 1 +

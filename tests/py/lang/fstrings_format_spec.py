# Format specification mini-language via f-strings and format()
v = 1234.5678
i = 1234567
print(f"{v:.2f} {v:.0f} {v:10.3f}| {v:<12.1f}| {v:e} {v:.2E}")
print(f"{v:g} {0.00001234:g} {1e20:g} {123456789.0:g} {v:.3g}")
print(f"{v:%} {0.256:.1%} {1:.0%}")
print(f"{i:,} {i:_} {v:,.2f} {i:_x} {0xdeadbeef:_X}")
print(f"{i:+} {-i:+} {i: } {-i: } {i:-}")
print(f"{42:08d} {-42:08d} {42:+08d} {3.5:08.2f}")
print(f"{'x':*^9} {'x':->5} {'x':_<5} {42:=+8}")
print(f"{255:b} {255:o} {255:x} {255:#X} {255:#010b}")
print(f"{65:c} {0x263A:c}")
print(f"{'abc':.2} {'abcdef':>8.3}|")
print(f"{True:d} {True} {False:>6}")
print(f"{float('inf'):f} {float('-inf'):.2f} {float('nan'):e} {float('inf'):E}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print(f"{1e-7:f} {1e-7} {1e16:f} {123.0:.0e}")
print(format(12, "05"), format(3.0, ""), format("s", ""), format(12.0, ".1"))
print(format(1234, ",d"), format(-1234.5, ",.1f"), format(0, "x"))
print(f"{3:#x} {-3:#x} {-255:b}")
print(f"{12345.6789:12,.2f}|{-1:<5d}|{-1:^5d}|{-1:>5d}|")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{3.14159:{'.'}{3}}")
print(f"{1/3:.17f} {2/3:.15g} {1/3!r}")
print(f"{10**20:e} {10**20:,}")
print(f"{123:>+010}|{-0.0:+.1f}|{0.0:+.1f}")
print(f"{7:=10}|{-7:=10}|{'s':=^5}|")
for spec in ["d", "5d", "<5", "^5", "x", "o", "b", "e", "f", "%", "g"]:
    try:
        print(spec, repr(format(10, spec)))
    except ValueError as e:
        print(spec, "error", e)
for bad in [("s", "d"), (1.5, "d"), ("abc", "+"), (5, "q")]:
    try:
        format(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(format(2 ** 70, "x"), format(-(2 ** 70), ",d"))
print(f"{0.1:.20f} {1.0:.1e} {100:.2e}")
print(f"{12.0:g} {12.5:g} {1e-5:g} {1e-4:g} {1e15:g} {1e16:g}")
print(f"{1.23456e-10:.3} {12345678.9:.3} {0.0:g} {-0.0:g}")

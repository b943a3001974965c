# _opcode.stack_effect over every opcode (and the compiler's pseudo-instructions), its
# jump argument, and its errors; dis.stack_effect is the same function.
import _opcode
import dis

print(_opcode.__name__, sorted(k for k in dir(_opcode) if not k.startswith("__")))
print(_opcode.get_specialization_stats())
print(dis.stack_effect is _opcode.stack_effect)

table = []
for op in range(-11, 257):
    row = [op]
    for args in [(), (3,), (258,)]:
        for kw in [{}, {"jump": False}]:
            try:
                row.append(_opcode.stack_effect(op, *args, **kw))
            except ValueError as e:
                row.append(str(e).split(": ")[-1][:12])
    table.append(row)
for row in table:
    if any(not isinstance(x, str) for x in row[1:]):
        print(row)

for name in ["FOR_ITER", "SEND", "JUMP_IF_TRUE_OR_POP", "BUILD_MAP", "MAKE_FUNCTION", "CALL_FUNCTION_EX", "UNPACK_EX", "FORMAT_VALUE"]:
    op = dis.opmap[name]
    print(name, [_opcode.stack_effect(op, arg, jump=j) for arg in (0, 1, 4, 0x103) for j in (None, True, False)])

for args, kw in [((), {}), ((1, 2, 3), {}), (("x",), {}), ((2**40,), {}), ((1.5,), {}), ((100, "x"), {}),
                 ((100, 2**40), {}), ((100, 2**70), {}), ((100, -(2**31) - 1), {}), ((1,), {"jump": 1}),
                 ((1,), {"jump": "x"}), ((1,), {"oparg": 1}), ((1,), {"spam": 1}), ((300,), {}), ((241,), {})]:
    try:
        print(args, kw, _opcode.stack_effect(*args, **kw))
    except (TypeError, ValueError, OverflowError) as e:
        print(args, kw, type(e).__name__, e)

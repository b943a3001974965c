def matching(command, point):
    match command.split():
        case [action]:
            return action
        case [action, obj]:
            return action, obj
        case ["go", direction] | ["move", direction]:
            return direction
        case ["drop", *objects]:
            return objects
        case [first, *_, last]:
            return first, last
        case {"x": x, "y": y, **rest}:
            return x, y, rest
        case {"k": 1}:
            pass
        case Point(x=0, y=0):
            return "origin"
        case Point(1, y=yy) if yy > 2:
            return yy
        case str() | bytes() as s:
            return s
        case 1 | 2 | 3:
            pass
        case -1 | 1.5 | 2j | -3+4j:
            pass
        case None | True | False:
            pass
        case Color.RED:
            pass
        case (1, 2, *rest):
            pass
        case [_, _]:
            pass
        case _:
            return None
    match point:
        case (x, y) if x == y:
            pass
        case {}:
            pass
        case other:
            return other

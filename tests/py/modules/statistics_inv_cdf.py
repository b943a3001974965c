from _statistics import _normal_dist_inv_cdf as f
import statistics
print(f.__text_signature__ if hasattr(f,'__text_signature__') else None)
for p in (0.975, 0.5, 0.01, 1e-300, 0.999999, 0.3):
    print(repr(f(p, 0.0, 1.0)), repr(f(p, 100, 15)))
for args in ((0.0,0,1),(1.0,0,1),(0.5,0,0),(float('nan'),0,1),(0.5,0,-1),('x',0,1)):
    try: print(f(*args))
    except Exception as e: print(type(e).__name__, e)
try: f(1,2)
except Exception as e: print(type(e).__name__, e)
print(statistics.NormalDist(100,15).inv_cdf(0.9))

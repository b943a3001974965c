import colorsys
for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.0, 0.0, 0.0), (1.0, 1.0, 1.0)]:
    h = colorsys.rgb_to_hsv(*rgb); l = colorsys.rgb_to_hls(*rgb); y = colorsys.rgb_to_yiq(*rgb)
    print([round(v, 6) for v in h], [round(v, 6) for v in l], [round(v, 6) for v in y])
    print([round(v, 6) for v in colorsys.hsv_to_rgb(*h)], [round(v, 6) for v in colorsys.hls_to_rgb(*l)],
          [round(v, 6) for v in colorsys.yiq_to_rgb(*y)])

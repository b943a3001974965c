import statistics as st
from fractions import Fraction
data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mode([1, 1, 2]))
print(st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data), st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]))
print(st.multimode("aabbbbccddddeeffffgg"), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.median_grouped([52, 52, 53, 54]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([1, 2, 3, 4]), st.variance([1, 2, 3, 4]))
n = st.NormalDist(100, 15); print(n.cdf(115), n.inv_cdf(0.5), n.pdf(100), n.mean, n.stdev, n + 5, n * 2)
print(st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 2, 4]), st.linear_regression([1, 2, 3], [2, 4, 6]))
for f, a in [(st.mean, []), (st.stdev, [1])]:
    try:
        f(a)
    except st.StatisticsError as e:
        print("StatisticsError", e)

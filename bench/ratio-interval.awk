# How far to trust a build ratio: awk -f ratio-interval.awk times-true.txt times-false.txt
#
# Reads the timed builds (ms, one a line, in run order) with the package, then without. Prints four numbers:
#   - the ratio of the medians, with over without (what run.sh prints as overhead_ratio);
#   - the median of the runs' own ratios: run k with the package over run k without, which bench/run.sh makes one
#     after the other, so that each pair shares the machine's state of the moment;
#   - the low and high ends of a 95% interval of the ratio of medians, by bootstrap: both
#     lists resampled 2,000 times with replacement. The seed is fixed, so the same logs give the same interval (with the
#     same awk: gawk and mawk draw different numbers from it).
# On 2 cores one build of the same code varies by 5-15%; a ratio read without its interval can pass or fail by chance.

function median(values, n,    i, j, t, sorted) {
  for (i = 1; i <= n; i++) sorted[i] = values[i]
  for (i = 2; i <= n; i++) { t = sorted[i]; for (j = i - 1; j >= 1 && sorted[j] > t; j--) sorted[j + 1] = sorted[j]; sorted[j + 1] = t }
  return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
}

FNR == 1 { file++ }
file == 1 && NF { with[++n_with] = $1 }
file == 2 && NF { without[++n_without] = $1 }

END {
  if (n_with == 0 || n_without == 0) { print "nan nan nan nan"; exit }
  pairs = n_with < n_without ? n_with : n_without
  for (i = 1; i <= pairs; i++) own[i] = with[i] / without[i]

  resamples = 2000
  srand(20)
  for (k = 1; k <= resamples; k++) {
    for (i = 1; i <= n_with; i++) w[i] = with[int(rand() * n_with) + 1]
    for (i = 1; i <= n_without; i++) o[i] = without[int(rand() * n_without) + 1]
    ratio[k] = median(w, n_with) / median(o, n_without)
  }
  # Shell sort: insertion sort of 2,000 values is slow in awk.
  for (gap = int(resamples / 2); gap > 0; gap = int(gap / 2))
    for (i = gap + 1; i <= resamples; i++) { t = ratio[i]; for (j = i; j > gap && ratio[j - gap] > t; j -= gap) ratio[j] = ratio[j - gap]; ratio[j] = t }

  printf "%.3f %.3f %.3f %.3f\n", median(with, n_with) / median(without, n_without), median(own, pairs), ratio[int(resamples * 0.025)], ratio[int(resamples * 0.975) + 1]
}

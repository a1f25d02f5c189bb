#!/usr/bin/env bash
# The CJK font the funnel chart draws with (workflows/summary_chart.py): Debian's fonts-noto-cjk (SIL OFL).
# Installed when missing and this shell may (root with apt-get); otherwise says how. Sourced by the scripts.
if [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] \
  && [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing fonts-noto-cjk (Chinese labels on the funnel chart)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
  else
    echo "note: no CJK font; summaries come without the funnel chart until you run" \
      "'sudo apt-get install fonts-noto-cjk'" >&2
  fi
fi

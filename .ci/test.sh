#!/usr/bin/env bash
# 测试命令：装好测试所需的 LibreOffice Calc（无界面版）、一种 TrueType 中文字体（测试用它生成 PDF，
# 无界面的 Chromium 也用它显示和打印中文）以及 Chromium 和 chromedriver（网页测试用 Selenium 驱动它们），
# 然后运行全部测试（mvn -B -ntp verify）。
set -euo pipefail
cd "$(dirname "$0")/.."
packages=()
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-calc-nogui)
command -v chromedriver >/dev/null 2>&1 || packages+=(chromium chromium-driver)
[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || packages+=(fonts-droid-fallback)
if [ ${#packages[@]} -gt 0 ]; then
  echo "安装测试所需的软件包：${packages[*]}（LibreOffice 用于在真实电子表格软件中重算工作簿，字体用于生成测试 PDF，Chromium 用于网页测试）……"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi
mvn -B -ntp verify "$@"

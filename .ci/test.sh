#!/usr/bin/env bash
# 测试命令：装好测试所需的 LibreOffice Calc（无界面版），然后运行全部测试（mvn -B -ntp verify）。
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null 2>&1; then
  echo "安装 LibreOffice Calc（libreoffice-calc-nogui），用于在真实电子表格软件中重算工作簿……"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui
fi
mvn -B -ntp verify "$@"

@echo off
rem nianbao：政府信息公开工作年度报告统计表工具。在命令行运行，例如 nianbao check 收到的工作簿\
rem 只需要 Java 17 或更高版本；本文件所在的文件夹可以在任何位置，路径中可以有空格和中文。
setlocal
chcp 65001 >nul
where java >nul 2>nul
if errorlevel 1 (
  echo 找不到 Java：请先安装 Java 17 或更高版本（例如 Eclipse Temurin），再运行 nianbao。
  exit /b 3
)
java -Dfile.encoding=UTF-8 -Dnianbao.home="%~dp0." -jar "%~dp0nianbao.jar" %*
exit /b %errorlevel%

/**
 * {@code nianbao serve}: the local web page, for those who never open a terminal. It checks, converts, exports and
 * merges uploaded files exactly as the commands do (it runs them), makes templates, and explains the rules; it
 * listens on 127.0.0.1 unless told otherwise (then it wants an access token), keeps uploads in a folder of its own
 * that it deletes, and limits what one file and one page may upload.
 */
package cn.nianbao.annualreport.serve;

package cn.nianbao.annualreport.serve;

import java.nio.file.Path;

/**
 * A file uploaded to a page session.
 *
 * @param index the upload's number in its session, from 0
 * @param name  its name as shown and as stored
 * @param path  where it is stored, in the session's folder
 * @param size  its size in bytes
 */
public record Upload(int index, UploadName name, Path path, long size) {
}

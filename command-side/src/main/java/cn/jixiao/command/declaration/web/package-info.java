/** The write endpoints of {@code /api/v1/declarations}: request bodies, role checks, ETag and If-Match. */
package cn.jixiao.command.declaration.web;

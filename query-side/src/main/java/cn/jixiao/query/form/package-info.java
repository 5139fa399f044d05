/**
 * The current form of each declaration and its submitted revisions. {@link cn.jixiao.query.form.FormState} is the
 * one fold (the kernel's {@code DeclarationForm} plus status, revision, reviews and version) and
 * {@link cn.jixiao.query.form.FormState#view()} the one mapping to the api.md shape, used by the projection, time
 * travel ({@link cn.jixiao.query.form.FormHistory}) and revisions alike. The stored document is the response.
 */
package cn.jixiao.query.form;

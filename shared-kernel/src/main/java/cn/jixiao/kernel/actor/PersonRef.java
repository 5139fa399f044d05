package cn.jixiao.kernel.actor;

/** A person named in a domain fact: the filer, a reviewer. */
public record PersonRef(String id, String name) {
}

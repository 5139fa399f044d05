package cn.jixiao.kernel.register;

/** Every command to a tenant's register. */
public interface RegisterCommand {

    RegisterId registerId();
}

package cn.jixiao.kernel.declaration;

/** The performance contact (绩效管理联系人) and phone. */
public record Contact(String name, String phone) {
}

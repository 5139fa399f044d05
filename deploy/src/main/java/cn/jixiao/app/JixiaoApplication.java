package cn.jixiao.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Jixiao service: command side, query side and the platform around them in one process. */
@SpringBootApplication(scanBasePackages = "cn.jixiao")
public class JixiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }
}

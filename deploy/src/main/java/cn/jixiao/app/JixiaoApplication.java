package cn.jixiao.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoReactiveAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Jixiao service: command side, query side and the platform around them in one process. */
@SpringBootApplication(scanBasePackages = "cn.jixiao",
        exclude = {MongoAutoConfiguration.class, MongoReactiveAutoConfiguration.class})
@EnableScheduling
public class JixiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }
}

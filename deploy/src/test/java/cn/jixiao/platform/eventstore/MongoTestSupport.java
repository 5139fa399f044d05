package cn.jixiao.platform.eventstore;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One in-memory MongoDB per test class; each test takes its own tenant database from it. */
abstract class MongoTestSupport {

    static TestMongo mongo;

    @BeforeAll
    static void startMongo() {
        mongo = new TestMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }
}

package cn.jixiao.query.audit;

import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.BudgetUpdatedEvent;
import cn.jixiao.kernel.declaration.DeclarationId;
import cn.jixiao.kernel.declaration.Expenditure;
import cn.jixiao.kernel.declaration.Income;
import cn.jixiao.kernel.declaration.GoalId;
import cn.jixiao.kernel.declaration.IndicatorAddedEvent;
import cn.jixiao.kernel.declaration.IndicatorId;
import cn.jixiao.kernel.declaration.Level1;
import cn.jixiao.kernel.declaration.Level2;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.declaration.ThreePublic;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalEncodingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keysAreSortedAndThereIsNoWhitespace() throws Exception {
        assertThat(CanonicalJson.text(JSON.readTree("{ \"b\": [1, 2], \"a\": {\"y\": true, \"x\": null} }")))
                .isEqualTo("{\"a\":{\"x\":null,\"y\":true},\"b\":[1,2]}");
    }

    @Test
    void decimalsArePlainWithoutTrailingZeros() {
        var node = JSON.getNodeFactory().objectNode();
        node.put("a", new BigDecimal("8.730"));
        node.put("b", new BigDecimal("1E+2"));
        node.put("c", new BigDecimal("0.000"));
        node.put("d", new BigDecimal("296.8725"));
        assertThat(CanonicalJson.text(node)).isEqualTo("{\"a\":8.73,\"b\":100,\"c\":0,\"d\":296.8725}");
    }

    @Test
    void stringsEscapeOnlyWhatJsonRequires() {
        var node = JSON.getNodeFactory().textNode("祝融\"街道\"\\\n\t\u0001");
        assertThat(CanonicalJson.text(node)).isEqualTo("\"祝融\\\"街道\\\"\\\\\\n\\t\\u0001\"");
    }

    @Test
    void aTargetValueIsEncodedByItsComponentsOnly() {
        var event = new GenericDomainEventMessage<>("Declaration", "d-1", 6, new IndicatorAddedEvent(DeclarationId.of("d-1"),
                GoalId.of("g-1"), IndicatorId.of("i-1"), Level1.OUTPUT, Level2.QUANTITY, "鑫聚缘二期土地出让面积",
                TargetValue.parse("=8.73亩")), Map.of(), "e-7", Instant.parse("2020-01-06T08:06:00Z"));

        String canonical = new String(AuditEntry.of(event).canonical(), StandardCharsets.UTF_8);

        assertThat(canonical).contains("\"target\":{\"comparator\":\"EQ\",\"kind\":\"QUANTITATIVE\",\"text\":\"=8.73亩\",\"unit\":\"亩\",\"value\":\"8.73\"}")
                .contains("\"globalPosition\":null");
    }

    @Test
    void theLeafCoversIdPositionTypePayloadMetadataAndTime() {
        BudgetUpdatedEvent budget = new BudgetUpdatedEvent(DeclarationId.of("d-1"),
                new Income(Amount.of("649.40"), Amount.of("649.4"), Amount.ZERO, Amount.ZERO, Amount.ZERO),
                new Expenditure(Amount.of("649.4"), Amount.of("210.6"), Amount.of("438.8")),
                new ThreePublic(Amount.of("8"), Amount.of("7"), Amount.ZERO, Amount.of("1")));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("tenant", "nanyue");
        meta.put("actorName", "旷文倩");
        var event = new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(41),
                new GenericDomainEventMessage<>("Declaration", "d-1", 3, budget, meta, "e-1",
                        Instant.parse("2020-01-06T08:03:00.123456789Z")));

        String canonical = new String(AuditEntry.of(event).canonical(), StandardCharsets.UTF_8);

        assertThat(canonical).isEqualTo("{\"aggregateId\":\"d-1\",\"encoding\":\"jixiao-audit-leaf/1\",\"eventId\":\"e-1\","
                + "\"globalPosition\":41,\"metadata\":{\"actorName\":\"旷文倩\",\"tenant\":\"nanyue\"},"
                + "\"payload\":{\"declarationId\":\"d-1\",\"expenditure\":{\"basic\":\"210.6\",\"project\":\"438.8\",\"total\":\"649.4\"},"
                + "\"income\":{\"generalPublicBudget\":\"649.4\",\"governmentFund\":\"0\",\"nonTaxRevenue\":\"0\",\"other\":\"0\",\"total\":\"649.4\"},"
                + "\"threePublic\":{\"reception\":\"1\",\"total\":\"8\",\"travelAbroad\":\"0\",\"vehicles\":\"7\"}},"
                + "\"sequenceNumber\":3,\"timestamp\":\"2020-01-06T08:03:00.123Z\","
                + "\"type\":{\"name\":\"cn.jixiao.kernel.declaration.BudgetUpdatedEvent\",\"revision\":\"1\"}}");
        assertThat(AuditEntry.of(event).leafHash()).isEqualTo(Rfc9162.leaf(canonical.getBytes(StandardCharsets.UTF_8)));
    }
}

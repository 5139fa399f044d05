package cn.jixiao.query.evaluation;

import cn.jixiao.kernel.evaluation.EvaluationStatus;
import cn.jixiao.kernel.evaluation.Grade;
import cn.jixiao.query.evaluation.EvaluationQueryController.Summary;
import cn.jixiao.query.evaluation.EvaluationQueryController.YearScores;
import cn.jixiao.query.listing.Page;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the self-evaluation endpoints read from the active generation: one form by its key, and the year's rows,
 * filtered and paged (bounded by the tenant's declarations of that year, never events).
 */
final class EvaluationReads {

    private EvaluationReads() {
    }

    static Optional<EvaluationView> current(MongoDatabase database, String id) {
        Document document = collection(database).find(new Document("_id", id)).first();
        return Optional.ofNullable(document).map(EvaluationStore::view);
    }

    /** {@code statuses}: null for every status; {@code unit}: the one unit a filer may see. */
    static Page<Summary> page(MongoDatabase database, int year, List<String> statuses, Optional<String> unit,
                              int page, int size) {
        Bson filter = filter(year, statuses, unit);
        MongoCollection<Document> collection = collection(database);
        List<Summary> items = new ArrayList<>();
        collection.find(filter).sort(Sorts.ascending("unit.code")).skip(page * size).limit(size)
                .forEach(document -> items.add(Summary.of(EvaluationStore.view(document))));
        return new Page<>(items, page, size, collection.countDocuments(filter));
    }

    /** Counts by status, and the grades and average total of the passed ones; every status and grade present. */
    static YearScores scores(MongoDatabase database, int year, Optional<String> unit) {
        Map<EvaluationStatus, Long> byStatus = new EnumMap<>(EvaluationStatus.class);
        Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        Arrays.stream(EvaluationStatus.values()).forEach(status -> byStatus.put(status, 0L));
        Arrays.stream(Grade.values()).forEach(grade -> grades.put(grade, 0L));
        BigDecimal sum = BigDecimal.ZERO;
        long count = 0;
        for (Document row : collection(database).find(filter(year, null, unit))
                .projection(new Document("status", 1).append("grade", 1).append("total", 1))) {
            EvaluationStatus status = EvaluationStatus.valueOf(row.getString("status"));
            byStatus.merge(status, 1L, Long::sum);
            count++;
            if (status == EvaluationStatus.PASSED) {
                grades.merge(Grade.valueOf(row.getString("grade")), 1L, Long::sum);
                sum = sum.add(new BigDecimal(row.getString("total")));
            }
        }
        long passed = byStatus.get(EvaluationStatus.PASSED);
        String average = passed == 0 ? null : sum.divide(BigDecimal.valueOf(passed), 2, RoundingMode.HALF_UP).toPlainString();
        return new YearScores(year, count, byStatus, grades, average);
    }

    private static Bson filter(int year, List<String> statuses, Optional<String> unit) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("year", year)));
        if (statuses != null) {
            filters.add(statuses.size() == 1 ? Filters.eq("status", statuses.get(0)) : Filters.in("status", statuses));
        }
        unit.ifPresent(code -> filters.add(Filters.eq("unit.code", code)));
        return Filters.and(filters);
    }

    private static MongoCollection<Document> collection(MongoDatabase database) {
        return EvaluationStore.active(database).collection();
    }
}

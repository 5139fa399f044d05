package cn.jixiao.query.register;

import cn.jixiao.kernel.actor.Role;
import cn.jixiao.query.projection.BsonViews;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The register's read models by page or by key: the one place the register's read endpoints reach its
 * collections (lists are bounded by the tenant's register, a few hundred units at most).
 */
final class RegisterReads {

    private final RegisterStore rows;

    RegisterReads(RegisterStore rows) {
        this.rows = rows;
    }

    /** q matches the current and the former names, as a literal, ignoring case. */
    RegisterPage<RegisterViews.UnitView> units(String section, String department, Boolean closed, String q,
                                               int page, int size) {
        List<Bson> filters = new ArrayList<>();
        optional(filters, "section", section);
        optional(filters, "department", department);
        if (closed != null) {
            filters.add(Filters.eq("closed", closed));
        }
        if (q != null && !q.isBlank()) {
            Pattern literal = Pattern.compile(Pattern.quote(q.strip()), Pattern.CASE_INSENSITIVE);
            filters.add(Filters.or(Filters.regex("name", literal), Filters.regex("formerNames", literal)));
        }
        return page(RegisterStore.UNITS, filters, "code", page, size, RegisterViews.UnitView.class);
    }

    Optional<RegisterViews.UnitView> unit(String code) {
        return one(RegisterStore.UNITS, code, RegisterViews.UnitView.class);
    }

    RegisterPage<RegisterViews.SectionView> sections(int page, int size) {
        return page(RegisterStore.SECTIONS, List.of(), "id", page, size, RegisterViews.SectionView.class);
    }

    RegisterPage<RegisterViews.UserView> users(Role role, String section, String unit, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        optional(filters, "roles", role == null ? null : role.name());
        optional(filters, "section", section);
        optional(filters, "unit", unit);
        return page(RegisterStore.USERS, filters, "id", page, size, RegisterViews.UserView.class);
    }

    Optional<RegisterViews.UserView> user(String id) {
        return one(RegisterStore.USERS, id, RegisterViews.UserView.class);
    }

    RegisterPage<RegisterViews.YearView> years(int page, int size) {
        return page(RegisterStore.YEARS, List.of(), "year", page, size, RegisterViews.YearView.class);
    }

    private <T> RegisterPage<T> page(String collection, List<Bson> filters, String sortField, int page, int size,
                                     Class<T> type) {
        Bson filter = filters.isEmpty() ? Filters.empty() : Filters.and(filters);
        MongoCollection<Document> documents = rows.collection(collection);
        List<T> items = new ArrayList<>();
        documents.find(filter).sort(Sorts.ascending(sortField)).skip((int) Math.min(Integer.MAX_VALUE, (long) page * size))
                .limit(size).forEach(document -> items.add(BsonViews.fromDocument(strip(document), type)));
        return new RegisterPage<>(items, page, size, documents.countDocuments(filter));
    }

    private <T> Optional<T> one(String collection, Object id, Class<T> type) {
        Document document = rows.collection(collection).find(Filters.eq("_id", id)).first();
        return Optional.ofNullable(document).map(found -> BsonViews.fromDocument(strip(found), type));
    }

    private static void optional(List<Bson> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(Filters.eq(field, value.strip()));
        }
    }

    private static Document strip(Document document) {
        document.remove("_id");
        document.remove("seq");
        return document;
    }
}

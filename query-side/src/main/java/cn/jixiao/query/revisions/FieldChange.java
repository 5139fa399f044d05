package cn.jixiao.query.revisions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One changed value: {@code {path, old, new}}; values are the JSON values of the view (strings, numbers, null). */
public record FieldChange(String path, Object old, @JsonProperty("new") Object newValue) {
}

package cn.jixiao.command.idempotency;

import java.util.Map;

/** A first response as it is replayed: status, the headers worth replaying and the JSON body (null when none). */
public record StoredResponse(int status, Map<String, String> headers, Map<String, Object> body) {

    public StoredResponse {
        headers = Map.copyOf(headers);
    }
}

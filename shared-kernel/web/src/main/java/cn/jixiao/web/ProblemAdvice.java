package cn.jixiao.web;

import cn.jixiao.kernel.input.Violation;
import cn.jixiao.kernel.declaration.Amount;
import cn.jixiao.kernel.declaration.CodedViolation;
import cn.jixiao.kernel.declaration.DeclarationRejectedException;
import cn.jixiao.kernel.declaration.TargetValue;
import cn.jixiao.kernel.input.CleanText;
import cn.jixiao.kernel.input.InputCodes;
import cn.jixiao.kernel.input.ProblemType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.util.DisconnectedClientHelper;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one advice: every refusal of the API, on the command and the query side alike, as an RFC 9457 problem
 * ({@code application/problem+json}, whatever the client accepts: a refused {@code text/event-stream} is a problem,
 * not an event). Bad input always gets a 4xx with the reason in the domain's words; a 500 is reserved for our own
 * faults and never carries a stack trace. What the two sides refuse themselves they throw as {@link ApiProblem}s
 * (or kernel exceptions); what only the service knows (the store being unavailable) a {@link FailureTranslator}
 * bean says, asked before anything else.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemAdvice {

    private final Function<Throwable, Optional<ErrorResponse>> translators;

    /** Without translators: what the two sides' own tests bind. */
    public ProblemAdvice() {
        this.translators = failure -> Optional.empty();
    }

    @Autowired
    public ProblemAdvice(ObjectProvider<FailureTranslator> translators) {
        this.translators = failure -> translators.orderedStream()
                .map(translator -> translator.translate(failure)).flatMap(Optional::stream).findFirst();
    }

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);
    /** Command buses and futures wrap what the handler threw; look this deep for the real reason. */
    private static final int MAX_CAUSE_DEPTH = 8;

    @ExceptionHandler(DeclarationRejectedException.class)
    public ResponseEntity<ProblemDetail> rejected(DeclarationRejectedException e) {
        List<Violation> findings = e.findings().stream().map(Violation::of).toList();
        ApiProblem problem = switch (e.reason()) {
            case INVALID -> ApiProblem.of(ProblemType.INVALID_INPUT, e.getMessage()).withViolations(findings);
            case CONFLICT -> ApiProblem.of(ProblemType.CONFLICT, e.getMessage()).withViolations(findings);
            case FORBIDDEN -> ApiProblem.of(ProblemType.FORBIDDEN, e.getMessage());
            case NOT_FOUND -> ApiProblem.of(ProblemType.NOT_FOUND, e.getMessage());
        };
        return respond(problem.withCode(e.code()));
    }

    /** What a side refused itself, with its headers ({@code Retry-After}, for one). */
    @ExceptionHandler(ErrorResponseException.class)
    public ResponseEntity<ProblemDetail> problem(ErrorResponseException e) {
        return respond(e);
    }

    @ExceptionHandler({Amount.InvalidAmountException.class, TargetValue.EmptyTargetException.class,
            TargetValue.TargetOutOfRangeException.class, CleanText.InvalidTextException.class})
    public ResponseEntity<ProblemDetail> codedViolation(IllegalArgumentException e) {
        return respond(codedInvalid(null, (CodedViolation) e));
    }

    @ExceptionHandler(WebExchangeBindException.class)
    public ResponseEntity<ProblemDetail> bind(WebExchangeBindException e) {
        List<Violation> violations = e.getAllErrors().stream().map(ProblemAdvice::violation).toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("；"));
        return respond(invalid(detail, violations));
    }

    /** Constraints on query parameters and headers (the query side's paging, for one). */
    @ExceptionHandler(HandlerMethodValidationException.class)
    public ResponseEntity<ProblemDetail> parameters(HandlerMethodValidationException e) {
        List<Violation> violations = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new Violation(
                        result.getMethodParameter().getParameterName(), constraintCode(lastCode(error.getCodes())),
                        error.getDefaultMessage())))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("；"));
        return respond(invalid(detail, violations));
    }

    /** A body or an uploaded part beyond its limit, however deep in the decoding it was noticed. */
    @ExceptionHandler(DataBufferLimitException.class)
    public ResponseEntity<ProblemDetail> tooLarge(DataBufferLimitException e) {
        return respond(ApiProblem.of(ProblemType.PAYLOAD_TOO_LARGE, "请求体超过允许的大小")
                .withCode(InputCodes.PAYLOAD_TOO_LARGE));
    }

    /** Malformed JSON, a wrong type, a missing body or header. A value the domain refuses keeps its rule code. */
    @ExceptionHandler(ServerWebInputException.class)
    public ResponseEntity<ProblemDetail> input(ServerWebInputException e) {
        Optional<String> parameter = queryParameter(e.getMethodParameter());
        if (parameter.isPresent()) {
            return respond(ApiProblem.invalid(parameter.get(), InputCodes.PARAMETER_INVALID,
                    "参数 " + parameter.get() + " 的格式不正确"));
        }
        Optional<DataBufferLimitException> tooLarge = find(e, DataBufferLimitException.class);
        if (tooLarge.isPresent()) {
            return tooLarge(tooLarge.get());
        }
        String field = find(e, JsonMappingException.class).map(ProblemAdvice::path)
                .or(() -> find(e, StreamReadException.class).map(ProblemAdvice::path))
                .orElse(null);
        Optional<CodedViolation> coded = find(e, CodedViolation.class);
        if (coded.isPresent()) {
            return respond(codedInvalid(field, coded.get()));
        }
        String code = inputCode(e);
        String message = switch (code) {
            case InputCodes.DUPLICATE_KEY -> "同一对象中字段重复出现";
            case InputCodes.TRAILING_CONTENT -> "JSON 之后还有多余内容";
            case InputCodes.NOT_AN_INTEGER -> "此处应为整数，不能有小数";
            case InputCodes.UNKNOWN_VALUE -> "取值不在允许的范围内";
            case InputCodes.UNKNOWN_FIELD -> "请求中没有这个字段";
            case InputCodes.WRONG_TYPE -> "字段类型不正确";
            default -> field != null ? "字段格式不正确" : "请求无法解析：" + e.getReason();
        };
        return respond(invalid(message, List.of(new Violation(field, code, message))).withCode(code));
    }

    /** {@code ?page=abc}: the query parameter it names, so that the 400 names it as our own checks do. */
    private static Optional<String> queryParameter(MethodParameter parameter) {
        RequestParam param = parameter == null ? null : parameter.getParameterAnnotation(RequestParam.class);
        if (param == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
    }

    /** What kind of malformed: Jackson says it only in its exception types and messages. */
    private static String inputCode(ServerWebInputException e) {
        Optional<JsonProcessingException> json = find(e, JsonProcessingException.class);
        if (json.isEmpty()) {
            return InputCodes.MALFORMED;
        }
        String message = String.valueOf(json.get().getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return InputCodes.DUPLICATE_KEY;
        } else if (message.startsWith("Trailing token")) {
            return InputCodes.TRAILING_CONTENT;
        } else if (json.get() instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return InputCodes.UNKNOWN_VALUE;
        } else if (json.get() instanceof UnrecognizedPropertyException) {
            return InputCodes.UNKNOWN_FIELD;
        } else if (message.contains("Floating-point value")) {
            return InputCodes.NOT_AN_INTEGER;
        } else if (json.get() instanceof MismatchedInputException) {
            return InputCodes.WRONG_TYPE;
        }
        return InputCodes.MALFORMED;
    }

    /**
     * A body the codecs could not read, outside of a parameter's resolution: a multipart body without a boundary or
     * never terminated (the import reads its parts itself).
     */
    @ExceptionHandler(DecodingException.class)
    public ResponseEntity<ProblemDetail> undecodable(DecodingException e) {
        String reason = String.valueOf(e.getMessage());
        boolean multipart = reason.contains("multipart") || reason.contains("boundary") || reason.contains("end of body");
        String code = multipart ? InputCodes.MULTIPART_MALFORMED : InputCodes.MALFORMED;
        String message = multipart ? "multipart 请求体须有 boundary，并以结束分隔符结束" : "请求体无法解析";
        return respond(invalid(message, List.of(new Violation(null, code, message))).withCode(code));
    }

    @ExceptionHandler(UnsupportedMediaTypeStatusException.class)
    public ResponseEntity<ProblemDetail> mediaType(UnsupportedMediaTypeStatusException e) {
        return respond(ApiProblem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "请求体须为 application/json，收到的是 " + e.getContentType()));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    public ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException e) {
        return respond(ApiProblem.of(ProblemType.STALE_VERSION, "申报表已被修改（当前版本 "
                + (e.getActualVersion() + 1) + "），请刷新后按最新版本重试").withCode("STALE_VERSION"));
    }

    @ExceptionHandler(ConcurrencyException.class)
    public ResponseEntity<ProblemDetail> concurrent(ConcurrencyException e) {
        return respond(ApiProblem.of(ProblemType.CONCURRENT_MODIFICATION,
                "申报表正被同时修改，或该单位该年度已有申报表；请刷新后重试").withCode("CONCURRENT_MODIFICATION"));
    }

    /** A second stream for a name-based id: the unit already has a declaration of that year and kind. */
    @ExceptionHandler(AggregateStreamCreationException.class)
    public ResponseEntity<ProblemDetail> streamExists(AggregateStreamCreationException e) {
        return respond(ApiProblem.of(ProblemType.CONFLICT, "该单位该年度已有申报表")
                .withCode("DECLARATION_EXISTS"));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return respond(ApiProblem.of(ProblemType.NOT_FOUND, "申报表不存在").withCode("DECLARATION_NOT_FOUND"));
    }

    @ExceptionHandler(ResponseStatusException.class)
    public ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        int status = e.getStatusCode().value();
        return respond(ProblemType.forStatus(status)
                .<ErrorResponse>map(type -> ApiProblem.of(type, e.getReason() != null ? e.getReason() : type.title()))
                .orElseGet(() -> ofStatus(status, e.getReason())));
    }

    /**
     * What a translator knows comes first; what a gateway or future wrapped is answered as if thrown directly;
     * anything else is our fault.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> other(Exception e, ServerWebExchange exchange) {
        if (exchange.getResponse().isCommitted()) {
            return afterTheAnswerBegan(e);
        }
        return other(e);
    }

    /**
     * Once the status and headers are sent there is no problem to answer with (trying to set them again only adds a
     * second error). A client that went away, a browser closing a tab, is not a fault of ours: DEBUG, not ERROR.
     * Null with the exchange as an argument tells WebFlux the exchange is handled.
     */
    private static ResponseEntity<ProblemDetail> afterTheAnswerBegan(Exception e) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            LOG.debug("The client went away during its answer: {}", e.toString());
        } else {
            LOG.error("Failure after the answer had begun", e);
        }
        return null;
    }

    public ResponseEntity<ProblemDetail> other(Exception e) {
        Optional<ErrorResponse> translated = translators.apply(e);
        if (translated.isPresent()) {
            return respond(translated.get());
        }
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            Optional<ResponseEntity<ProblemDetail>> known = known(cause);
            if (known.isPresent()) {
                return known.get();
            }
        }
        LOG.error("Unexpected failure answering a request", e);
        return respond(ApiProblem.of(ProblemType.INTERNAL_ERROR, "服务器内部错误，请稍后重试"));
    }

    private Optional<ResponseEntity<ProblemDetail>> known(Throwable t) {
        if (t instanceof DeclarationRejectedException e) {
            return Optional.of(rejected(e));
        } else if (t instanceof ConflictingAggregateVersionException e) {
            return Optional.of(staleVersion(e));
        } else if (t instanceof AggregateStreamCreationException e) {
            return Optional.of(streamExists(e));
        } else if (t instanceof ConcurrencyException e) {
            return Optional.of(concurrent(e));
        } else if (t instanceof AggregateNotFoundException e) {
            return Optional.of(notFound(e));
        } else if (t instanceof ErrorResponseException e && !(t instanceof ResponseStatusException)) {
            return Optional.of(problem(e));
        } else if (t instanceof CodedViolation coded) {
            return Optional.of(respond(codedInvalid(null, coded)));
        } else if (t instanceof DecodingException e) {
            return Optional.of(undecodable(e));
        } else if (t instanceof ResponseStatusException e) {
            return Optional.of(status(e));
        }
        return Optional.empty();
    }

    private static ApiProblem invalid(String detail, List<Violation> violations) {
        return ApiProblem.of(ProblemType.INVALID_INPUT, detail).withViolations(violations);
    }

    /** A status none of the published types has (RFC 9457's {@code about:blank}). */
    private static ErrorResponse ofStatus(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known != null ? known.getReasonPhrase() : "请求失败";
        ProblemDetail body = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatusCode.valueOf(status),
                detail != null ? detail : reason);
        body.setTitle(reason);
        return new ErrorResponseException(known != null ? known : org.springframework.http.HttpStatusCode.valueOf(status), body, null);
    }

    private static ApiProblem codedInvalid(String field, CodedViolation coded) {
        return invalid(coded.getMessage(), List.of(new Violation(field, coded.code(), coded.getMessage())))
                .withCode(coded.code());
    }

    private static Violation violation(ObjectError error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
        return new Violation(field, constraintCode(error.getCode()), error.getDefaultMessage());
    }

    /** Spring lists message codes from the most to the least specific; the last is the constraint's name. */
    private static String lastCode(String[] codes) {
        return codes == null || codes.length == 0 ? null : codes[codes.length - 1];
    }

    /** NotBlank -> NOT_BLANK: the constraint's name as a stable code. */
    private static String constraintCode(String constraint) {
        return constraint == null ? "INVALID" : constraint.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /** The JSON path of the offending value: {@code budget.income.total}, {@code goals[0]}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** Where the parser stopped ({@code /income/total} as {@code income.total}), for errors of the JSON itself. */
    private static String path(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null || parser.getParsingContext() == null) {
            return null;
        }
        JsonStreamContext context = parser.getParsingContext();
        String pointer = context.pathAsPointer().toString();
        String name = context.getCurrentName();
        String path = pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.');
        if (name != null && !path.endsWith(name)) {
            path = path.isEmpty() ? name : path + "." + name;
        }
        return path.isEmpty() ? null : path;
    }

    private static <T> Optional<T> find(Throwable t, Class<T> type) {
        for (int depth = 0; t != null && depth < MAX_CAUSE_DEPTH; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static ResponseEntity<ProblemDetail> respond(ErrorResponse problem) {
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem.getBody());
    }
}

package io.weir.platform.shared;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Turns refused input into RFC 9457 problem details with field-level messages in the caller's language. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice {

    private final MessageSource messages;

    ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput refused) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = refused.violations().stream()
                .map(v -> Map.of("field", v.field(), "code", v.messageKey(),
                        "message", messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale)))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound missing) {
        return problem(HttpStatus.NOT_FOUND, "not-found", missing.messageKey());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict clash) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(URI.create("urn:weir:problem:conflict"));
        problem.setTitle(text("problem.conflict"));
        problem.setDetail(messages.getMessage(clash.messageKey(), clash.arguments(), clash.messageKey(),
                LocaleContextHolder.getLocale()));
        problem.setProperty("code", clash.messageKey());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "problem.unreadable-body");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException mismatch) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input");
        problem.setProperty("errors", List.of(Map.of("field", mismatch.getName(), "code", "field.invalid",
                "message", text("field.invalid"))));
        return problem;
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException missing) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input");
        problem.setProperty("errors", List.of(Map.of("field", missing.getHeaderName(), "code", "field.required",
                "message", text("field.required"))));
        return problem;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException tooLarge) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "upload-too-large", "problem.upload-too-large");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden");
    }

    private ProblemDetail problem(HttpStatus status, String type, String titleKey) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:weir:problem:" + type));
        problem.setTitle(text(titleKey));
        return problem;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}

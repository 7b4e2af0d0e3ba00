package org.mekonginstitute.portal.api.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.mekonginstitute.portal.api.token.NewToken;
import org.mekonginstitute.portal.api.token.TokenScope;
import org.springframework.format.annotation.DateTimeFormat;

import java.io.Serializable;
import java.time.LocalDate;

/** A new personal access token as its owner asks for it. */
@Getter
@Setter
@NoArgsConstructor
public class TokenForm implements Serializable {

    @NotBlank(message = "{api.tokens.name.required}")
    @Size(max = 120)
    private String name;

    @NotNull(message = "{api.tokens.lastDay.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    @NotNull(message = "{api.tokens.scope.required}")
    private TokenScope scope = TokenScope.READ;

    NewToken toNewToken() {
        return new NewToken(name, expiresOn, scope);
    }
}

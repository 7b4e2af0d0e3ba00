package org.mekonginstitute.portal.user.password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A new password typed twice: on a set-password link's page. */
@Getter
@Setter
public class SetPasswordForm implements java.io.Serializable {

    @NotBlank(message = "{user.password.required}")
    @Size(max = 1000, message = "{user.password.max}")
    private String newPassword;

    @NotBlank(message = "{user.password.confirm.required}")
    @Size(max = 1000, message = "{user.password.max}")
    private String confirmPassword;

    /** Passwords never go back to the browser: a refused form comes back with empty password fields. */
    void forget() {
        newPassword = null;
        confirmPassword = null;
    }
}

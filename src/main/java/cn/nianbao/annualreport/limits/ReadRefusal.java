package cn.nianbao.annualreport.limits;

import java.io.IOException;

/**
 * A reader's refusal of a file it cannot read: empty, not what its name says, encrypted, damaged. It carries the
 * {@link Reason}, said in Chinese as its message and in English on request; the file name is the caller's to add.
 */
public class ReadRefusal extends IOException {

    private final Reason reason;

    /** A refusal for {@code reason}. */
    public ReadRefusal(Reason reason) {
        super(reason.chinese());
        this.reason = reason;
    }

    /** A refusal for {@code reason}, caused by what a lower layer threw (never shown: the reason says what it is). */
    public ReadRefusal(Reason reason, Throwable cause) {
        super(reason.chinese(), cause);
        this.reason = reason;
    }

    /** Why the file is refused. */
    public Reason reason() {
        return reason;
    }
}

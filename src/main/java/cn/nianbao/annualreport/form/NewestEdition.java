package cn.nianbao.annualreport.form;

import java.util.Objects;

/**
 * The newest edition, the first listed in {@code workbook.yaml}, and the first report year it is meant for (its
 * {@code first_year}): a report of that year or later in an older edition is told so ({@code old-edition}).
 *
 * @param edition   the newest edition's code, e.g. {@code 2021}
 * @param firstYear the first report year it is meant for
 */
public record NewestEdition(String edition, int firstYear) {

    /** Checks the code is present. */
    public NewestEdition {
        Objects.requireNonNull(edition, "edition");
    }
}

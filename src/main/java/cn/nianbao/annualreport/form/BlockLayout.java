package cn.nianbao.annualreport.form;

/** How a block of a table is laid out on paper. */
public enum BlockLayout {
    /** Rows down the side with their labels, columns across the top. */
    GRID,
    /** The rows stand side by side as one line of numbers under a header (the appeals table). */
    SIDE_BY_SIDE
}

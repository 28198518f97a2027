package cn.nianbao.annualreport.extract;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.nianbao.annualreport.limits.BudgetExceeded;
import cn.nianbao.annualreport.limits.FileBudget;
import cn.nianbao.annualreport.limits.Reason;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The pages of a PDF in their order, found by walking its page tree once, each node at most once and without
 * recursion: a tree that holds itself or one of its ancestors (a damaged or hostile file) gives the pages it has, and
 * a tree of any depth is no deeper a walk than a flat one. The document's page tree is then replaced, in memory, by
 * one flat node holding those pages, each page given the attributes it inherits ({@code Resources}, {@code MediaBox},
 * {@code CropBox}, {@code Rotate}) and the flat node as its parent, so that PDFBox's own walks (pages by index or in
 * order, inherited attributes up the parents) are short and cannot loop.
 */
final class PdfPages {

    /**
     * The most pages read from one PDF. An annual report has 10 to 60 pages, a volume compiling a city's reports a few
     * hundred; 2,000 pages leave room for any such volume and are read well within the file's deadline.
     */
    static final int MOST_PAGES = 2_000;
    /**
     * The most nodes (pages and the nodes above them) a page tree may have: writers group pages by ten or so, so that
     * 2,000 pages need about 2,200 nodes.
     */
    static final int MOST_NODES = 10_000;

    /** The attributes a page inherits from the nodes above it (PDF 32000-1:2008, 7.7.3.4). */
    private static final List<COSName> INHERITED = List.of(COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX,
            COSName.ROTATE);

    private PdfPages() {
    }

    /**
     * Makes the document's page tree one flat node holding its pages in order, each page once, and returns how many
     * there are; throws {@link BudgetExceeded} beyond {@link #MOST_PAGES} pages or {@link #MOST_NODES} nodes.
     */
    static int flatten(PDDocument document) {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary flat = new COSDictionary();
        COSArray pages = new COSArray();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> waiting = new ArrayDeque<>();
        waiting.push(new Node(catalog.getDictionaryObject(COSName.PAGES), new COSDictionary()));
        while (!waiting.isEmpty()) {
            FileBudget.checkpoint();
            Node next = waiting.pop();
            if (!(next.node() instanceof COSDictionary node) || !seen.add(node)) {
                continue;
            }
            if (seen.size() > MOST_NODES) {
                throw BudgetExceeded.tooLarge(Reason.of("pdf.page-tree", "limit", MOST_NODES));
            }
            COSDictionary inherited = next.inherited();
            if (isPageTreeNode(node)) {
                COSDictionary passed = withOwn(inherited, node);
                COSArray kids = node.getCOSArray(COSName.KIDS);
                for (int i = kids == null ? -1 : kids.size() - 1; i >= 0; i--) {
                    waiting.push(new Node(kids.getObject(i), passed));
                }
            } else if (pages.size() == MOST_PAGES) {
                throw BudgetExceeded.tooLarge(new Reason("pdf.pages", Map.of("pages",
                        Math.max(declared(catalog), MOST_PAGES + 1), "limit", MOST_PAGES)));
            } else {
                inherited.forEach((key, value) -> {
                    if (node.getDictionaryObject(key) == null) {
                        node.setItem(key, value);
                    }
                });
                node.setItem(COSName.PARENT, flat);
                pages.add(node);
            }
        }
        flat.setItem(COSName.TYPE, COSName.PAGES);
        flat.setItem(COSName.KIDS, pages);
        flat.setInt(COSName.COUNT, pages.size());
        catalog.setItem(COSName.PAGES, flat);
        return pages.size();
    }

    /** How many pages the page tree's root says the document has (0 when it says nothing). */
    private static int declared(COSDictionary catalog) {
        return catalog.getDictionaryObject(COSName.PAGES) instanceof COSDictionary root
                ? root.getInt(COSName.COUNT, 0) : 0;
    }

    /** The attributes a node's kids inherit: those it has itself, else those it inherits. */
    private static COSDictionary withOwn(COSDictionary inherited, COSDictionary node) {
        COSDictionary passed = inherited;
        for (COSName key : INHERITED) {
            COSBase own = node.getDictionaryObject(key);
            if (own != null) {
                if (passed == inherited) {
                    passed = new COSDictionary(inherited);
                }
                passed.setItem(key, own);
            }
        }
        return passed;
    }

    /** Whether a node of the page tree holds pages rather than being one: PDFBox's own test. */
    private static boolean isPageTreeNode(COSDictionary node) {
        return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.KIDS);
    }

    /** A node of the page tree waiting to be walked, with the attributes it inherits. */
    private record Node(COSBase node, COSDictionary inherited) {
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using FilingExtractor.Core.IO;
using FilingExtractor.Evaluation;
using FilingExtractor.Export;
using FilingExtractor.Model;

namespace FilingExtractor.Review;

/// <summary>How to write the review page.</summary>
public sealed record ReviewOptions
{
    /// <summary>Folder for index.html (and crops/); DIR/review when null.</summary>
    public string? OutDir { get; init; }

    /// <summary>Images inlined as data: URIs, so index.html alone is the whole review.</summary>
    public bool SelfContained { get; init; }

    /// <summary>Folder that relative source paths are resolved against (where extract was run); the current folder when null.</summary>
    public string? SourceRoot { get; init; }
}

/// <summary>What the review page holds.</summary>
public sealed record ReviewResult(string IndexPath, int Filings, int FlaggedFilings, int Flags, int Crops, IReadOnlyList<string> Notes);

/// <summary>
/// The QA review page of an output folder: one static HTML file (plus crops/*.png unless self-contained)
/// with the flagged filings first and, for each flag, its rule, severity, message, expected against found,
/// and every field involved (page, box, OCR confidence, the text as read, the value now, a crop of the page
/// region, corrections already made). Reviewers filter by rule and filing, confirm or correct values, and
/// export their decisions (<see cref="ReviewDecisions"/>) for <c>apply-corrections</c>. Everything read
/// from a filing is HTML-escaped; the page needs no network; the same folder gives the same bytes.
/// </summary>
public static class ReviewPage
{
    public const string FolderName = "review";

    public const string CropsFolder = "crops";

    public static ReviewResult Write(OutputFolder output, ReviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= new ReviewOptions();
        var outDir = options.OutDir ?? Path.Combine(output.Root, FolderName);
        var cropsDir = Path.Combine(outDir, CropsFolder);
        var filings = output.ReadFilings().ToList();
        var written = new HashSet<string>(StringComparer.Ordinal);
        var notes = new List<string>();
        using var crops = new PageCrops(options.SourceRoot);

        string ImageRef(string name, byte[] png)
        {
            if (options.SelfContained)
            {
                return "data:image/png;base64," + Convert.ToBase64String(png);
            }

            if (written.Add(name))
            {
                AtomicFile.WriteAllBytes(Path.Combine(cropsDir, name), png);
            }

            return CropsFolder + "/" + name;
        }

        var html = Render(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(output.Root))), filings, crops, ImageRef, notes);
        AtomicFile.WriteAllText(Path.Combine(outDir, "index.html"), html);
        if (Directory.Exists(cropsDir))
        {
            // Crops of an earlier run that this page no longer shows.
            foreach (var stale in Directory.EnumerateFiles(cropsDir, "*.png").Where(p => !written.Contains(Path.GetFileName(p))))
            {
                File.Delete(stale);
            }
        }

        var flagged = filings.Count(f => f.Flags.Count > 0);
        return new ReviewResult(Path.Combine(outDir, "index.html"), filings.Count, flagged, filings.Sum(f => f.Flags.Count),
            options.SelfContained ? html.Split("data:image/png").Length - 1 : written.Count, notes);
    }

    /// <summary>The page's HTML; <paramref name="imageRef"/> turns a crop into the img src (a file it writes, or a data URI).</summary>
    internal static string Render(string folderName, IReadOnlyList<Filing> filings, PageCrops crops, Func<string, byte[], string> imageRef, List<string> notes)
    {
        var flagged = filings.Where(f => f.Flags.Count > 0)
            .OrderBy(f => f.Flags.Any(x => x.Severity == Severities.Error) ? 0 : f.Flags.Any(x => x.Severity == Severities.Warning) ? 1 : 2)
            .ThenBy(f => f.FilingId, StringComparer.Ordinal)
            .ToList();
        var others = filings.Where(f => f.Flags.Count == 0).OrderBy(f => f.FilingId, StringComparer.Ordinal).ToList();
        var rules = flagged.SelectMany(f => f.Flags.Select(x => x.Rule)).GroupBy(r => r, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        var sb = new StringBuilder();
        var w = new Writer(sb);
        w.Line("<!DOCTYPE html>");
        w.Line("<html lang=\"en\">");
        w.Line("<head>");
        w.Line("<meta charset=\"utf-8\">");
        w.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.Line($"<title>QA review: {H(folderName)}</title>");
        w.Line("<style>");
        sb.Append(Asset("review.css"));
        w.Line("</style>");
        w.Line("</head>");
        w.Line($"<body data-folder=\"{H(folderName)}\">");
        w.Line("<header>");
        w.Line($"<h1>QA review <span class=\"folder\">{H(folderName)}</span></h1>");
        w.Line(Inv($"<p class=\"summary\">{filings.Count} filings, <strong>{flagged.Count} flagged</strong> with {flagged.Sum(f => f.Flags.Count)} flags; {others.Count} without flags.</p>"));
        w.Line("<form class=\"controls\" id=\"controls\" onsubmit=\"return false\">");
        w.Line("<label>Rule <select id=\"rule-filter\"><option value=\"\">all rules</option>");
        foreach (var g in rules)
        {
            w.Line(Inv($"<option value=\"{H(g.Key)}\">{H(g.Key)} ({g.Count()})</option>"));
        }

        w.Line("</select></label>");
        w.Line("<label>Filing <select id=\"filing-filter\"><option value=\"\">all filings</option>");
        foreach (var f in flagged.Concat(others))
        {
            w.Line($"<option value=\"{H(f.FilingId)}\">{H(f.FilingId)} {H(SourceName(f))}</option>");
        }

        w.Line("</select></label>");
        w.Line("<label>Search <input type=\"search\" id=\"filing-search\" placeholder=\"filing id or file name\"></label>");
        w.Line("<label>Reviewer <input type=\"text\" id=\"reviewer\" autocomplete=\"name\" placeholder=\"your name\"></label>");
        w.Line("<button type=\"button\" id=\"export-json\">Export decisions (JSON)</button>");
        w.Line("<button type=\"button\" id=\"export-csv\">Export decisions (CSV)</button>");
        w.Line("<button type=\"button\" id=\"clear-decisions\">Clear decisions</button>");
        w.Line("<output id=\"status\" role=\"status\"></output>");
        w.Line("</form>");
        w.Line("</header>");
        w.Line("<main>");
        w.Line(Inv($"<section id=\"flagged\"><h2>Flagged filings ({flagged.Count})</h2>"));
        if (flagged.Count == 0)
        {
            w.Line("<p class=\"empty\">No filing has a flag.</p>");
        }

        var control = 0;
        foreach (var f in flagged)
        {
            FlaggedFiling(w, f, crops, imageRef, notes, ref control);
        }

        w.Line("</section>");
        w.Line(Inv($"<section id=\"unflagged\"><details{(flagged.Count == 0 ? " open" : string.Empty)}><summary><h2>Filings without flags ({others.Count})</h2></summary>"));
        foreach (var f in others)
        {
            w.Line($"<article class=\"filing unflagged\" id=\"f-{H(f.FilingId)}\" data-filing=\"{H(f.FilingId)}\" data-source=\"{H(f.Source.Path)}\">");
            FilingHeader(w, f);
            Corrections(w, f.Corrections, open: false);
            w.Line("</article>");
        }

        w.Line("</details></section>");
        w.Line("<p id=\"no-match\" class=\"empty\" hidden>No filing matches the filters.</p>");
        w.Line("</main>");
        w.Line("<script>");
        sb.Append(Asset("review.js"));
        w.Line("</script>");
        w.Line("</body>");
        w.Line("</html>");
        return sb.ToString();
    }

    private static void FlaggedFiling(Writer w, Filing f, PageCrops crops, Func<string, byte[], string> imageRef, List<string> notes, ref int control)
    {
        var rules = string.Join(' ', f.Flags.Select(x => x.Rule).Distinct(StringComparer.Ordinal));
        w.Line($"<article class=\"filing flagged\" id=\"f-{H(f.FilingId)}\" data-filing=\"{H(f.FilingId)}\" data-source=\"{H(f.Source.Path)}\" data-rules=\"{H(rules)}\">");
        FilingHeader(w, f);
        crops.Begin(f, f.Flags.SelectMany(x => x.Fields).Where(x => x.Page is not null && x.Box is not null).Select(x => x.Page!.Value).Distinct());
        if (crops.Why is { } why)
        {
            w.Line($"<p class=\"no-crops\">No page images: {H(why)}; the text as read is shown instead.</p>");
        }

        var values = FilingFields.Index(f);
        var cropCache = new Dictionary<(int, Box), (string? Src, Crop? Crop, string? Why)>();
        foreach (var flag in f.Flags)
        {
            w.Line($"<section class=\"flag {H(flag.Severity)}\" data-rule=\"{H(flag.Rule)}\">");
            w.Line($"<h4><span class=\"severity\">{H(flag.Severity)}</span> <code class=\"rule\">{H(flag.Rule)}</code> {H(flag.Message)}</h4>");
            w.Line($"<p class=\"expected-found\">expected <strong class=\"expected\">{Value(flag.Expected)}</strong>, found <strong class=\"found\">{Value(flag.Found)}</strong></p>");
            w.Line("<table class=\"fields\"><thead><tr><th>field</th><th>page, box (px)</th><th>OCR confidence</th><th>text as read</th><th>value now</th><th>page region</th><th>decision</th></tr></thead><tbody>");
            foreach (var field in flag.Fields)
            {
                var image = CropOf(f, field, crops, imageRef, cropCache);
                FieldRow(w, f, field, values.GetValueOrDefault(field.Path), image, crops.Why is not null, ref control);
            }

            w.Line("</tbody></table>");
            w.Line("</section>");
        }

        foreach (var (page, note) in crops.Notes.OrderBy(n => n.Key))
        {
            notes.Add($"{f.FilingId}: {note}");
            w.Line($"<p class=\"note\">{H(note)}</p>");
        }

        Corrections(w, f.Corrections, open: true);
        w.Line("</article>");
    }

    private static (string? Src, Crop? Crop, string? Why) CropOf(Filing f, FlagField field, PageCrops crops, Func<string, byte[], string> imageRef, Dictionary<(int, Box), (string?, Crop?, string?)> cache)
    {
        if (field.Page is not { } page || field.Box is not { } box)
        {
            return (null, null, crops.Why ?? "the reader recorded no page region for this field");
        }

        if (!cache.TryGetValue((page, box), out var entry))
        {
            var crop = crops.Cut(page, box, out var why);
            var src = crop is null ? null : imageRef(Inv($"{f.FilingId}-p{page}-{box.Left}-{box.Top}-{box.Width}x{box.Height}.png"), crop.Png);
            cache[(page, box)] = entry = (src, crop, why);
        }

        return entry;
    }

    private static void FieldRow(Writer w, Filing f, FlagField field, Leaf? leaf, (string? Src, Crop? Crop, string? Why) image, bool fileLevelWhy, ref int control)
    {
        var source = f.Provenance.GetValueOrDefault(field.Path);
        w.Line($"<tr class=\"field\" data-field=\"{H(field.Path)}\">");
        w.Line($"<td><code>{H(field.Path)}</code>{History(f, field.Path)}</td>");
        w.Line(field.Page is { } p
            ? Inv($"<td>p. {p}") + (field.Box is { } b ? Inv($"<br><span class=\"box\">{b.Left},{b.Top} {b.Width}&#215;{b.Height}</span>") : string.Empty) + "</td>"
            : "<td class=\"none\">&#8212;</td>");
        w.Line(field.Confidence is { } c
            ? Inv($"<td class=\"confidence{(c < 80 ? " low" : string.Empty)}\">{c:F1}</td>")
            : "<td class=\"none\">&#8212;</td>");
        w.Line(source?.Text is { } text ? $"<td class=\"text-read\"><q>{H(text)}</q></td>" : "<td class=\"none\">not read</td>");
        w.Line($"<td class=\"value-now\">{Value(leaf?.Value)}</td>");
        if (image is { Src: { } src, Crop: { } crop })
        {
            var r = crop.Region;
            var m = crop.Mark;
            w.Line(Inv($"<td><figure class=\"crop\"><img src=\"{H(src)}\" width=\"{r.Width}\" height=\"{r.Height}\" alt=\"page {field.Page} around {H(field.Path)}\" loading=\"lazy\">")
                + Inv($"<span class=\"mark\" style=\"left:{Pct(m.Left, r.Width)}%;top:{Pct(m.Top, r.Height)}%;width:{Pct(m.Width, r.Width)}%;height:{Pct(m.Height, r.Height)}%\"></span></figure></td>"));
        }
        else if (fileLevelWhy)
        {
            // Said once above the flags: no field of this filing has an image.
            w.Line("<td class=\"none\">&#8212;</td>");
        }
        else
        {
            w.Line($"<td class=\"no-crop\">no image: {H(image.Why ?? "none")}</td>");
        }

        if (leaf is null)
        {
            w.Line("<td class=\"none\">not a value of this filing</td>");
        }
        else
        {
            var n = control++;
            var valueAttr = leaf.Value is null ? string.Empty : $" data-value=\"{H(leaf.Value)}\"";
            w.Line($"<td class=\"decision\" data-filing=\"{H(f.FilingId)}\" data-field=\"{H(field.Path)}\" data-kind=\"{H(leaf.Kind.ToString().ToLowerInvariant())}\"{valueAttr}>");
            w.Line(Inv($"<label><input type=\"radio\" name=\"d{n}\" value=\"\" checked> undecided</label>"));
            w.Line(Inv($"<label><input type=\"radio\" name=\"d{n}\" value=\"confirm\"> confirm</label>"));
            w.Line(Inv($"<label><input type=\"radio\" name=\"d{n}\" value=\"correct\"> correct to</label>"));
            w.Line($"<input type=\"text\" class=\"new-value\" aria-label=\"corrected value of {H(field.Path)}\" placeholder=\"{H(Placeholder(leaf.Kind))}\">");
            w.Line($"<input type=\"text\" class=\"note\" aria-label=\"note on {H(field.Path)}\" placeholder=\"note (optional)\">");
            w.Line("</td>");
        }

        w.Line("</tr>");
    }

    /// <summary>Corrections already made to a field, newest last, as a short list under its path.</summary>
    private static string History(Filing f, string path)
    {
        var items = f.Corrections.Where(c => c.Field == path).ToList();
        if (items.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder("<ul class=\"history\">");
        foreach (var c in items)
        {
            sb.Append("<li>").Append(c.ValueRead == c.ValueAccepted ? "confirmed" : Value(c.ValueRead) + " &#8594; " + Value(c.ValueAccepted))
                .Append(" by ").Append(H(c.Who ?? c.Source)).Append(c.When is { } t ? " " + H(Iso(t)) : string.Empty).Append("</li>");
        }

        return sb.Append("</ul>").ToString();
    }

    private static void FilingHeader(Writer w, Filing f)
    {
        var errors = f.Flags.Count(x => x.Severity == Severities.Error);
        var warnings = f.Flags.Count(x => x.Severity == Severities.Warning);
        w.Line($"<h3><a href=\"#f-{H(f.FilingId)}\">{H(f.FilingId)}</a> <span class=\"source\">{H(SourceName(f))}</span></h3>");
        w.Line($"<p class=\"meta\">{H(f.Source.Kind)} <code>{H(f.Source.Path)}</code>"
            + (f.PrimaryIssuer.EntityName is { } name ? $"; issuer <q>{H(name)}</q>" : string.Empty)
            + Inv($"; {f.Pages.Count} pages; {errors} errors, {warnings} warnings, {f.Flags.Count - errors - warnings} info; {f.Corrections.Count} corrections</p>"));
    }

    private static void Corrections(Writer w, List<Correction> corrections, bool open)
    {
        if (corrections.Count == 0)
        {
            return;
        }

        w.Line(Inv($"<details class=\"corrections\"{(open ? " open" : string.Empty)}><summary>Corrections made ({corrections.Count})</summary>"));
        w.Line("<table><thead><tr><th>field</th><th>text as read</th><th>value read</th><th>value accepted</th><th>reason</th><th>source</th><th>who</th><th>when (UTC)</th></tr></thead><tbody>");
        foreach (var c in corrections)
        {
            w.Line($"<tr><td><code>{H(c.Field)}</code></td><td>{(c.TextRead is null ? string.Empty : $"<q>{H(c.TextRead)}</q>")}</td><td>{Value(c.ValueRead)}</td><td>{Value(c.ValueAccepted)}</td>"
                + $"<td>{H(c.Reason)}</td><td>{H(c.Source)}</td><td>{H(c.Who ?? string.Empty)}</td><td>{(c.When is { } t ? H(Iso(t)) : string.Empty)}</td></tr>");
        }

        w.Line("</tbody></table></details>");
    }

    private static string SourceName(Filing f) => Path.GetFileName(f.Source.Path);

    private static string Placeholder(LeafKind kind) => kind switch
    {
        LeafKind.Amount => "amount, e.g. 30,500",
        LeafKind.Count => "whole number",
        LeafKind.Date => "yyyy-mm-dd",
        LeafKind.Checkbox => "true, false or blank",
        _ => "text",
    };

    private static string Value(string? v) => v is null ? "<span class=\"blank\">blank</span>" : $"<span class=\"v\">{H(v)}</span>";

    private static string Pct(int part, int whole) => (100.0 * part / whole).ToString("F2", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>HTML-escapes text and attribute values (&amp; &lt; &gt; and both quotes).</summary>
    internal static string H(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);

    private static string Asset(string name)
    {
        using var s = typeof(ReviewPage).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"resource {name} missing");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    /// <summary>Lines with LF ends whatever the platform, so the page's bytes do not depend on it.</summary>
    private sealed class Writer(StringBuilder sb)
    {
        public void Line(string s) => sb.Append(s).Append('\n');
    }
}

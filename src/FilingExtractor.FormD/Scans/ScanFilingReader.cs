using System.Diagnostics;
using FilingExtractor.Core.Errors;
using FilingExtractor.Core.IO;
using FilingExtractor.Imaging;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.Model;
using FilingExtractor.Reconciliation;
using FilingExtractor.Sources;

namespace FilingExtractor.FormD.Scans;

/// <summary>
/// Reads scanned paper Form D filings (image-only PDFs, multi-page TIFFs, one image per page) into the
/// filing model. Each page runs through the same stages (prepare, layout, classify, OCR) and is then read
/// by the section reader its class calls for; a page that fails is recorded and the rest are read. One OCR
/// engine per concurrent input, from a pool initialised once.
/// </summary>
public sealed class ScanFilingReader : IFilingReader, IDisposable
{
    private readonly OcrEnginePool pool;
    private readonly PageSourceOptions sourceOptions;
    private readonly IReadOnlyList<IPageStage> stages = [new PrepareStage(), new LayoutStage(), new ClassifyStage(), new OcrStage()];

    public ScanFilingReader(int engines, PageSourceOptions? sourceOptions = null, OcrEngineOptions? engineOptions = null)
    {
        pool = new OcrEnginePool(Math.Max(1, engines), engineOptions);
        this.sourceOptions = sourceOptions ?? PageSourceOptions.Default;
    }

    public string Name => "scan";

    /// <summary>
    /// Called before each page is read, with the input's path and the 1-based page number: drives progress
    /// reports and the supervisor's per-page time limit. Called on the reading thread.
    /// </summary>
    public Action<string, int>? PageStarted { get; set; }

    /// <summary>
    /// Called after each stage of a page, after the section reader ("read:KIND") and after reconciliation
    /// ("reconcile"), with the wall-clock time it took: what tools/ profiles the pipeline with. Called on the
    /// reading thread.
    /// </summary>
    public Action<string, TimeSpan>? StageTimed { get; set; }

    /// <summary>
    /// Called with each page once it is read, before its images are released: for diagnostics (tools/'s
    /// profile --dump writes what OCR read). The page must not be kept.
    /// </summary>
    public Action<ScanPage>? PageRead { get; set; }

    public bool CanRead(InputItem input, ReadOnlySpan<byte> head)
    {
        if (head.Length >= 5 && head.IndexOf("%PDF-"u8) >= 0)
        {
            return true;
        }

        return head.Length >= 12 && Image.SniffFormat(head) is not (ImageFormat.Unknown or ImageFormat.Other);
    }

    public ReadResult Read(InputItem input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var builder = new FilingBuilder();
        var filing = builder.Filing;
        filing.Source.Path = input.Path;
        filing.Source.Sha256 = Hash(input.Files);
        filing.FilingId = filing.Source.Sha256[..16];
        var problems = new List<ReadProblem>();
        var pagesRead = 0;
        using var lease = pool.Rent(cancellationToken);
        using var captions = new RepeatedCaptions();
        var offset = 0;
        foreach (var file in input.Files)
        {
            var last = 0;
            try
            {
                foreach (var source in InputCatalog.ReadPages(file, sourceOptions with { TrustContent = true }, cancellationToken))
                {
                    using (source)
                    {
                        last = source.PageNumber;
                        var number = offset + source.PageNumber;
                        if (source.Error is { } error)
                        {
                            problems.Add(new ReadProblem(input.Path, number, error.Kind.ToString(), error.Reason));
                            continue;
                        }

                        PageStarted?.Invoke(input.Path, number);
                        pagesRead += ReadPage(source, number, lease.Engine, captions, builder, problems, input.Path, cancellationToken) ? 1 : 0;
                    }
                }
            }
            catch (InputException e)
            {
                problems.Add(new ReadProblem(input.Path, e.Page is { } p ? offset + p : null, e.Kind.ToString(), e.Reason));
            }

            offset += last;
        }

        if (pagesRead == 0)
        {
            return new ReadResult(ReadStatus.Failure, null, problems.Count > 0 ? problems : [new ReadProblem(input.Path, null, "NoPages", "no page could be read")]);
        }

        if (!filing.Pages.Any(p => p.Kind == PageKinds.Cover))
        {
            problems.Add(new ReadProblem(input.Path, null, "NotFormD", "no Form D cover page was recognised; values may be incomplete"));
        }

        var settle = Stopwatch.GetTimestamp();
        FilingReconciler.Reconcile(filing, builder.Alternatives, disagreements: builder.Disagreements);
        AppendixReader.Settle(filing);
        RepeatedAddresses.Settle(filing);
        StageTimed?.Invoke("reconcile", Stopwatch.GetElapsedTime(settle));
        return new ReadResult(problems.Count == 0 ? ReadStatus.Success : ReadStatus.Partial, filing, problems);
    }

    private bool ReadPage(SourcePage source, int number, OcrEngine engine, RepeatedCaptions captions, FilingBuilder builder, List<ReadProblem> problems, string path, CancellationToken ct)
    {
        // Page numbers continue across the files of a page set.
        using var page = new ScanPage(source, engine) { PageNumberOverride = number, Captions = captions };
        foreach (var stage in stages)
        {
            ct.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            try
            {
                stage.Run(page, ct);
                StageTimed?.Invoke(stage.Name, Stopwatch.GetElapsedTime(started));
            }
            catch (Exception e) when (e is ImagingException or InvalidOperationException or ArgumentException)
            {
                problems.Add(new ReadProblem(path, number, "PageFailed", $"{stage.Name}: {e.Message}"));
                builder.Filing.Pages.Add(page.Info());
                return false;
            }

            if (page.Done)
            {
                break;
            }
        }

        if (!page.Done)
        {
            var started = Stopwatch.GetTimestamp();
            var reader = new FieldReader(page, builder);
            switch (page.Kind)
            {
                case PageKinds.Cover:
                    CoverReader.Read(reader);
                    break;
                case PageKinds.RelatedPersons:
                case PageKinds.Continuation:
                    RelatedPersonsReader.Read(reader);
                    break;
                case PageKinds.SectionB:
                    SectionBReader.Read(reader);
                    break;
                case PageKinds.SectionC:
                    SectionCReader.Read(reader);
                    break;
                case PageKinds.Signatures:
                    SignatureReader.Read(reader);
                    break;
                case PageKinds.Appendix:
                    AppendixReader.Read(reader);
                    break;
            }

            StageTimed?.Invoke("read:" + page.Kind, Stopwatch.GetElapsedTime(started));
        }

        PageRead?.Invoke(page);
        builder.Filing.Pages.Add(page.Info());
        return true;
    }

    /// <summary>SHA-256 (lower-case hex) of the input's files' bytes in order: <see cref="SourceInfo.Sha256"/> of a scan filing.</summary>
    /// <remarks>A page file that vanished is reported by the page source; the hash covers the files that exist.</remarks>
    public static string Hash(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return ContentHash.Of(files.Where(File.Exists));
    }

    public void Dispose() => pool.Dispose();
}

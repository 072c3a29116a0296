using System.CommandLine;
using System.Globalization;
using FilingExtractor.Core.Errors;
using FilingExtractor.Core.IO;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.Imaging.Preprocessing;
using FilingExtractor.Sources;

namespace FilingExtractor.Cli;

/// <summary>
/// <c>ocr INPUT... [--format hocr|tsv|text] [--out DIR]</c>: what the engine reads from every page after the
/// extractor's own preprocessing (binarize, turn upright, deskew). Without --out, pages go to stdout one
/// after another; with it, each page is written to DIR/&lt;file&gt;.p&lt;N&gt;.&lt;ext&gt; (temporary file, then rename).
/// </summary>
internal static class OcrCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Files or folders (PDF, TIFF, PNG, JPEG, PNM); folders are walked recursively", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("hocr", "tsv", "text");
        var output = new Option<string?>("--out") { Description = "Write one file per page into this folder instead of stdout" };
        var noPreprocess = new Option<bool>("--raw") { Description = "Skip the extractor's preprocessing (binarize, orientation, deskew)" };
        var command = new Command("ocr", "Print what the OCR engine reads from every page of the inputs") { inputs, format, output, noPreprocess };
        command.SetAction((parse, ct) => Task.FromResult((int)Run(
            parse.GetRequiredValue(inputs),
            parse.GetValue(format) ?? "text",
            parse.GetValue(output),
            parse.GetValue(noPreprocess),
            ct)));
        return command;
    }

    internal static ExitCode Run(IReadOnlyList<string> inputs, string format, string? outDir, bool raw, CancellationToken ct)
    {
        var files = InputCatalog.Expand(inputs);
        var failed = 0;
        using var engine = OcrEngine.Create();
        var preprocess = raw ? PreprocessOptions.None : PreprocessOptions.Default;
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
        }

        foreach (var file in files)
        {
            try
            {
                foreach (var page in InputCatalog.ReadPages(file, PageSourceOptions.Default, ct))
                {
                    using (page)
                    {
                        if (page.Error is { } error)
                        {
                            Console.Error.WriteLine($"error: {error.Message}");
                            failed++;
                            continue;
                        }

                        using var prepared = PagePreprocessor.Prepare(page.Image!, page.Resolution, engine, preprocess);
                        var text = Read(engine, prepared, page.PageNumber, format);
                        Emit(file, page.PageNumber, format, text, outDir);
                    }
                }
            }
            catch (InputException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                failed++;
            }
        }

        return failed == 0 ? ExitCode.Success : ExitCode.SomeInputsFailed;
    }

    private static string Read(OcrEngine engine, PreparedPage page, int number, string format)
    {
        using var session = engine.BeginPage(page.Image, page.Resolution);
        return format switch
        {
            "hocr" => session.ReadHocr(number),
            "tsv" => session.ReadTsv(number),
            _ => session.ReadText(null, OcrReadOptions.FullPage),
        };
    }

    private static void Emit(string file, int page, string format, string text, string? outDir)
    {
        if (outDir is null)
        {
            if (format == "text")
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"==> {file} page {page} <=="));
            }

            Console.Out.Write(text);
            Console.Out.Flush();
            return;
        }

        var ext = format switch { "hocr" => ".hocr", "tsv" => ".tsv", _ => ".txt" };
        var target = Path.Combine(outDir, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}.p{page}{ext}"));
        AtomicFile.WriteAllText(target, text);
    }
}

using FilingExtractor.Core.Errors;
using FilingExtractor.Imaging;

namespace FilingExtractor.Benchmarks;

/// <summary>
/// OCR throughput tool (not a test): speed is reported as ratios against the tesseract CLI run in the same
/// script (tools/bench-ocr.sh) on the same pages, never as absolute thresholds.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage: FilingExtractor.Benchmarks <command> [options]
          make-pages --out DIR [--count 24] [--dpi 300] [--seed 1] [--specks 0]
              Form D-like Letter pages as 1-bpp G4 TIFFs (page-0001.tif, ...) and truth/page-0001.txt;
              --specks adds that many dots of scanner dirt (and a hair per 50) to every page.
          ocr --pages DIR [--jobs NPROC] [--repeat 1] [--text-out DIR]
              [--fresh-engine] [--var name=value]... [--dpi N] [--remove-rules] [--form-cleanup] [--plain-text]
              Full-page OCR of every page through OcrEnginePool; prints key=value results.
          field --pages DIR [--count 6] [--fields 8]
              One field (BeginPage + Read(region, OcrReadOptions.Field)) against a full page, one engine.
          levers --pages DIR [--count ALL] [--rounds 1]
              Each lever's effect on one full page, one thread, thread CPU time, variants interleaved.
          split-pages --out DIR --input FILE_OR_FOLDER...
              Every page of the inputs as its own image file (G4 TIFF if 1-bpp, else PNG), as the extractor reads it.
          profile --input FILE_OR_FOLDER... [--dump DIR]
              Reads scanned inputs with the extractor's scan reader (one engine, one thread); seconds per stage;
              --dump writes each page's OCR lines (left,top,width,height of the line in pixels, text) and the image they were read from (PNG) to DIR.
          score --text DIR [--truth DIR]
              Non-white-space characters of *.txt and, with --truth, word recall.
        """;

    public static int Main(string[] argv)
    {
        if (argv.Length == 0 || argv[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return argv.Length == 0 ? 2 : 0;
        }

        try
        {
            var args = Arguments.Parse(argv[1..], "fresh-engine", "remove-rules", "form-cleanup", "plain-text");
            return argv[0] switch
            {
                "make-pages" => MakePagesCommand.Run(args),
                "ocr" => OcrCommand.Run(args),
                "field" => FieldCommand.Run(args),
                "levers" => LeversCommand.Run(args),
                "score" => ScoreCommand.Run(args),
                "split-pages" => SplitPagesCommand.Run(args),
                "profile" => ProfileCommand.Run(args),
                _ => throw new UsageException($"unknown command '{argv[0]}'"),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        catch (Exception e) when (e is DependencyMissingException or ImagingException or InvalidOperationException or IOException or AggregateException)
        {
            Console.Error.WriteLine("error: " + e);
            return 1;
        }
    }
}

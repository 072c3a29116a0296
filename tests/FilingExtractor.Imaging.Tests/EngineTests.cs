using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using FilingExtractor.Core.Errors;
using FilingExtractor.Core.Geometry;
using FilingExtractor.Imaging.Interop;
using FilingExtractor.Imaging.Ocr;
using FilingExtractor.TestSupport;

namespace FilingExtractor.Imaging.Tests;

/// <summary>Engine life cycle: OpenMP limit, thread binding, the pool and missing language data.</summary>
public sealed partial class EngineTests
{
    private static readonly PixelRect AmountLine = TestPages.LineBand("Legal Fees $ 30,000");

    [Fact]
    public void Creating_an_engine_limits_openmp_to_one_thread()
    {
        using var engine = OcrEngine.Create();

        Assert.Equal("1", NativeRuntime.GetNativeEnvironment("OMP_THREAD_LIMIT"));

        // libgomp read the variable when it was loaded with libtesseract, so the limit is in force,
        // not only in the environment. (Only called after Create: calling it first would load libgomp
        // before the variable is set.)
        Assert.Equal(1, Gomp.omp_get_thread_limit());
        Assert.StartsWith("5.", OcrEngine.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void Using_an_engine_from_another_thread_throws()
    {
        using var engine = OcrEngine.Create();
        using var page = Image.Load(Fixtures.SamplePng());

        var errors = OnOtherThread(
            () => engine.BeginPage(page, EngineFixture.Dpi300).Dispose(),
            () => engine.ReadPage(page, EngineFixture.Dpi300),
            () => engine.DetectOrientation(page, EngineFixture.Dpi300));

        Assert.All(errors, e => Assert.IsType<InvalidOperationException>(e));
        Assert.Contains("thread", errors[0]!.Message, StringComparison.Ordinal);

        // The refused calls left the engine free for its own thread.
        using var session = engine.BeginPage(page, EngineFixture.Dpi300);
        Assert.EndsWith("30,000", session.Read(AmountLine, OcrReadOptions.Field).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_page_session_while_one_is_open_throws()
    {
        using var engine = OcrEngine.Create();
        using var page = Image.Load(Fixtures.SamplePng());
        using var other = Image.Load(Fixtures.SampleTiffG4(pages: 1));

        using (var first = engine.BeginPage(page, EngineFixture.Dpi300))
        {
            Assert.Throws<InvalidOperationException>(() => engine.BeginPage(other, EngineFixture.Dpi300));
            Assert.Throws<InvalidOperationException>(() => engine.ReadPage(other, EngineFixture.Dpi300));
            Assert.Throws<InvalidOperationException>(() => engine.DetectOrientation(other, EngineFixture.Dpi300));

            // The open session is unharmed by the refused ones.
            Assert.EndsWith("30,000", first.Read(AmountLine, OcrReadOptions.Field).Text, StringComparison.Ordinal);
        }

        using var second = engine.BeginPage(other, EngineFixture.Dpi300);
        Assert.Equal("Page 1", second.Read(TestPages.FromPoints(66, 474, 100, 20), OcrReadOptions.Field).Text);
    }

    [Fact]
    public void Pool_of_two_serves_two_threads_with_exactly_two_engines()
    {
        const int Leases = 6;
        using var pool = new OcrEnginePool(2);
        var texts = new ConcurrentBag<string>();
        var engines = new ConcurrentDictionary<OcrEngine, byte>();
        using var bothHoldALease = new Barrier(2);

        void Worker()
        {
            using var page = Image.Load(Fixtures.SampleTiffG4(pages: 1));
            for (var i = 0; i < Leases; i++)
            {
                using var lease = pool.Rent();
                engines.TryAdd(lease.Engine, 0);
                if (i == 0)
                {
                    // Make the two first leases overlap so that the pool must hand out two engines.
                    Assert.True(bothHoldALease.SignalAndWait(TimeSpan.FromSeconds(30)));
                }

                using var session = lease.Engine.BeginPage(page, EngineFixture.Dpi300);
                texts.Add(session.Read(AmountLine, OcrReadOptions.Field).Text);
            }
        }

        var errors = OnThreads(Worker, Worker);

        Assert.All(errors, e => Assert.Null(e));
        Assert.Equal(2, pool.Created);
        Assert.Equal(2, engines.Count);
        Assert.Equal(2 * Leases, texts.Count);
        Assert.All(texts, t => Assert.Equal("Legal Fees $ 30,000", t));
    }

    [Fact]
    public void A_returned_lease_re_rented_on_another_thread_works_there_and_not_on_the_first()
    {
        using var pool = new OcrEnginePool(1);
        using var page = Image.Load(Fixtures.SampleTiffG4(pages: 1));
        OcrEngine? firstEngine = null;
        OcrEngine? secondEngine = null;
        string? secondText = null;

        var lease = pool.Rent();
        firstEngine = lease.Engine;
        using (var session = lease.Engine.BeginPage(page, EngineFixture.Dpi300))
        {
            Assert.EndsWith("30,000", session.Read(AmountLine, OcrReadOptions.Field).Text, StringComparison.Ordinal);
        }

        lease.Dispose();
        lease.Dispose(); // a second dispose must not return the engine twice

        var errors = OnOtherThread(() =>
        {
            using var again = pool.Rent();
            secondEngine = again.Engine;
            using var page2 = Image.Load(Fixtures.SampleTiffG4(pages: 1));
            using var session = again.Engine.BeginPage(page2, EngineFixture.Dpi300);
            secondText = session.Read(AmountLine, OcrReadOptions.Field).Text;
        });

        Assert.Null(errors[0]);
        Assert.Same(firstEngine, secondEngine);
        Assert.Equal("Legal Fees $ 30,000", secondText);
        Assert.Equal(1, pool.Created);

        // The engine now belongs to the other thread; this one may no longer use it.
        Assert.Throws<InvalidOperationException>(() => firstEngine.BeginPage(page, EngineFixture.Dpi300));

        // Re-renting here binds it back; a pool of one with its engine out makes the next renter wait.
        using var mine = pool.Rent();
        using var cancelled = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Assert.ThrowsAny<OperationCanceledException>(() => OnOtherThreadRethrow(() => pool.Rent(cancelled.Token).Dispose()));
        using (mine.Engine.BeginPage(page, EngineFixture.Dpi300))
        {
        }

        Assert.Equal(1, pool.Created);
    }

    [Fact]
    public void Pool_rejects_a_size_below_one_and_rent_after_dispose()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OcrEnginePool(0));
        var pool = new OcrEnginePool(1);
        pool.Dispose();
        Assert.Throws<ObjectDisposedException>(() => pool.Rent());
    }

    [Fact]
    public void Missing_english_data_names_the_debian_package()
    {
        var empty = Fixtures.NewFolder("no-tessdata");

        var e = Assert.Throws<DependencyMissingException>(() => OcrEngine.Create(new OcrEngineOptions { DataPath = empty }));

        Assert.Equal("tesseract-ocr-eng", e.DebianPackage);
        Assert.Contains("tesseract-ocr-eng", e.Message, StringComparison.Ordinal);
        Assert.Contains(empty, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xyz", "tesseract-ocr-xyz")]
    [InlineData("eng+xyz", "tesseract-ocr-xyz")]
    public void Missing_language_data_names_the_debian_package(string language, string package)
    {
        var e = Assert.Throws<DependencyMissingException>(() => OcrEngine.Create(new OcrEngineOptions { Language = language }));

        Assert.Equal(package, e.DebianPackage);
        Assert.Contains(package, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_engine_variable_is_an_argument_error()
    {
        var options = new OcrEngineOptions { Variables = new Dictionary<string, string> { ["no_such_variable_here"] = "1" } };

        var e = Assert.Throws<ArgumentException>(() => OcrEngine.Create(options));

        Assert.Contains("no_such_variable_here", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_create_initialises_a_new_engine()
    {
        var before = OcrEngine.InitCount;

        using (OcrEngine.Create())
        {
        }

        Assert.True(OcrEngine.InitCount > before);
    }

    /// <summary>Runs each action on its own new thread, concurrently; returns what each threw, or null.</summary>
    private static Exception?[] OnThreads(params Action[] actions)
    {
        var errors = new Exception?[actions.Length];
        var threads = actions.Select((a, i) => new Thread(() =>
        {
            try
            {
                a();
            }
            catch (Exception e)
            {
                errors[i] = e;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => Assert.True(t.Join(TimeSpan.FromSeconds(60)), "worker thread hung"));
        return errors;
    }

    /// <summary>Runs each action in turn on one other thread; returns what each threw, or null.</summary>
    private static Exception?[] OnOtherThread(params Action[] actions)
    {
        var errors = new Exception?[actions.Length];
        var thread = new Thread(() =>
        {
            for (var i = 0; i < actions.Length; i++)
            {
                try
                {
                    actions[i]();
                }
                catch (Exception e)
                {
                    errors[i] = e;
                }
            }
        });
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)), "worker thread hung");
        return errors;
    }

    private static void OnOtherThreadRethrow(Action action)
    {
        if (OnOtherThread(action)[0] is { } e)
        {
            throw e;
        }
    }

    private static partial class Gomp
    {
        [LibraryImport("libgomp.so.1")]
        internal static partial int omp_get_thread_limit();
    }
}

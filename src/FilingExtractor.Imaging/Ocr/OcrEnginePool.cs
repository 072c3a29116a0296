using System.Collections.Concurrent;

namespace FilingExtractor.Imaging.Ocr;

/// <summary>
/// Engines for a fixed number of workers: each is initialised once, lent to one thread at a time, and
/// reused for every later lease. With as many workers as engines no worker ever waits; a lease beyond
/// that waits for a returned engine rather than initialising another.
/// </summary>
public sealed class OcrEnginePool : IDisposable
{
    private readonly OcrEngineOptions options;
    private readonly ConcurrentBag<OcrEngine> idle = [];
    private readonly ConcurrentQueue<OcrEngine> all = new();
    private readonly SemaphoreSlim slots;
    private bool disposed;

    public OcrEnginePool(int size, OcrEngineOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
        this.options = options ?? OcrEngineOptions.Default;
        slots = new SemaphoreSlim(size, size);
    }

    public int Size { get; }

    /// <summary>Engines initialised so far (at most <see cref="Size"/>).</summary>
    public int Created => all.Count;

    /// <summary>Lends an engine to the calling thread until the lease is disposed.</summary>
    public Lease Rent(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        slots.Wait(cancellationToken);
        try
        {
            if (!idle.TryTake(out var engine))
            {
                engine = OcrEngine.Create(options);
                all.Enqueue(engine);
            }

            engine.BindToCurrentThread();
            return new Lease(this, engine);
        }
        catch
        {
            slots.Release();
            throw;
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        while (all.TryDequeue(out var e))
        {
            e.Dispose();
        }

        slots.Dispose();
    }

    private void Return(OcrEngine engine)
    {
        idle.Add(engine);
        slots.Release();
    }

    /// <summary>An engine on loan to the current thread.</summary>
    public sealed class Lease : IDisposable
    {
        private OcrEnginePool? pool;

        internal Lease(OcrEnginePool pool, OcrEngine engine)
        {
            this.pool = pool;
            Engine = engine;
        }

        public OcrEngine Engine { get; }

        public void Dispose()
        {
            Interlocked.Exchange(ref pool, null)?.Return(Engine);
        }
    }
}

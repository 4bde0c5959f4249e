using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ComplaintCode.Benchmarks;

/// <summary>
/// Short jobs, in process: the compilation of 2,000 files is built once per process, and a full analysis of it takes
/// seconds, so BenchmarkDotNet's default (a separate build and process, with pilot runs) would take far longer on
/// two cores without changing the answer.
/// </summary>
public static class BenchConfig
{
    /// <summary>Invocations per iteration of the generator benchmarks (each gets its own fresh compilation).</summary>
    public const int GeneratorInvocations = 16;

    private static readonly InProcessEmitToolchain s_inProcess = new(TimeSpan.FromMinutes(30), logOutput: true);

    public sealed class Analyzers : ManualConfig
    {
        public Analyzers()
        {
            AddJob(Job.Default
                .WithToolchain(s_inProcess)
                .WithLaunchCount(1)
                .WithWarmupCount(2)
                .WithIterationCount(5)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithId("Analyzers"));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }

    public sealed class Generator : ManualConfig
    {
        public Generator()
        {
            AddJob(Job.Default
                .WithToolchain(s_inProcess)
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(10)
                .WithInvocationCount(GeneratorInvocations)
                .WithUnrollFactor(1)
                .WithId("Generator"));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }

    /// <summary>
    /// The conformance kit takes milliseconds, not seconds: BenchmarkDotNet's own choice of invocations per iteration,
    /// in process like the others, with a short run.
    /// </summary>
    public sealed class Conformance : ManualConfig
    {
        public Conformance()
        {
            AddJob(Job.ShortRun
                .WithToolchain(s_inProcess)
                .WithId("Conformance"));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }
}

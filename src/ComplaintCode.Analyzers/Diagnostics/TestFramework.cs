using Microsoft.CodeAnalysis;

namespace ComplaintCode.Analyzers.Diagnostics;

/// <summary>
/// The test frameworks a suggested conformance test can be written for, found by a type each one's assembly defines.
/// CHC0601 hands the one it found to the code fix through <see cref="ConformanceTestProperties.Framework"/>.
/// </summary>
public enum TestFramework
{
    None = 0,
    XUnit,
    NUnit,
    MSTest,
}

public static class TestFrameworks
{
    /// <summary>The framework a test project references; xunit first when a project has several.</summary>
    public static TestFramework Referenced(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName("Xunit.FactAttribute") is not null)
        {
            return TestFramework.XUnit;
        }

        if (compilation.GetTypeByMetadataName("NUnit.Framework.TestAttribute") is not null)
        {
            return TestFramework.NUnit;
        }

        return compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute") is not null
            ? TestFramework.MSTest
            : TestFramework.None;
    }
}

/// <summary>The <see cref="Diagnostic.Properties"/> keys CHC0601 fills for its code fix.</summary>
public static class ConformanceTestProperties
{
    /// <summary>The <see cref="TestFramework"/> member name.</summary>
    public const string Framework = "Framework";

    /// <summary>The deadline method's namespace, empty for the global namespace.</summary>
    public const string Namespace = "Namespace";

    /// <summary>The type that declares the method, with its containing types ("Outer.Deadlines").</summary>
    public const string Type = "Type";

    /// <summary>The type's own name, for the test class's name.</summary>
    public const string TypeName = "TypeName";

    public const string Method = "Method";

    /// <summary>"true" for an instance method of a type with a public parameterless constructor.</summary>
    public const string Instance = "Instance";

    /// <summary>DateOnly, DateTime or DateTimeOffset: the parameter type, and the result type (or its Task).</summary>
    public const string DateType = "DateType";

    /// <summary>"true" when the method returns a Task: the test awaits CodeConformance.Check.</summary>
    public const string Async = "Async";

    /// <summary>The Provision member, e.g. Stage1Acknowledgement.</summary>
    public const string Provision = "Provision";

    /// <summary>The ComplaintPolicy constant of the landlord's timescale, when it is in working days and ComplaintPolicy exists.</summary>
    public const string PolicyConstant = "PolicyConstant";
}

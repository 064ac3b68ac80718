namespace Supple.Core.Tests.Localization;

/// <summary>The test resources (TestText.resx and its translations) beside this file.</summary>
internal static class TestText;

using Studio.Domain.Common;

namespace Studio.Tests.Unit.Domain.Common;

public sealed class CsvTextTests
{
    [Fact]
    public void FieldsAreSeparatedBySemicolons_AndQuotedOnlyWhenTheyMustBe()
    {
        var text = CsvText.Write([["Person", "Total"], ["Lee; Ann", "8"], ["Say \"hi\"", "line\nbreak"], []]);

        Assert.Equal("Person;Total\r\n\"Lee; Ann\";8\r\n\"Say \"\"hi\"\"\";\"line\nbreak\"\r\n\r\n", text);
    }
}

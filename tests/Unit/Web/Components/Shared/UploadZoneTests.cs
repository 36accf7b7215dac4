using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Studio.Web.Components.Shared;

namespace Studio.Tests.Unit.Web.Components.Shared;

/// <summary>A drop zone: its file input is labelled; dropped or chosen files reach the form and show in the zone, with the upload's progress.</summary>
public sealed class UploadZoneTests
{
    [Fact]
    public async Task FilesDropped_ReachTheForm_AndShowInTheZone()
    {
        await using var ui = UiContext.Create();
        IReadOnlyList<IBrowserFile> chosen = [];
        IRenderedComponent<UploadZone>? zone = null;
        zone = ui.Render<UploadZone>(p => p.Add(z => z.Id, "comment-attachments").Add(z => z.Label, "Attach files").Add(z => z.Multiple, true)
            .Add(z => z.OnChange, EventCallback.Factory.Create<InputFileChangeEventArgs>(this, e =>
            {
                chosen = e.GetMultipleFiles();
                zone!.Render(p => p.Add(z => z.Files, chosen));
            })));
        var input = zone.Find("#comment-attachments input[type=file]");

        zone.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("Keep the elbows soft.", "notes.txt"), InputFileContent.CreateFromText("x", "ref.png"));

        Assert.Equal("Attach files", input.GetAttribute("aria-label"));
        Assert.NotNull(input.GetAttribute("multiple"));
        Assert.Equal(["notes.txt", "ref.png"], chosen.Select(f => f.Name).ToArray());
        zone.WaitForAssertion(() => Assert.Equal("2", zone.Find("#comment-attachments").GetAttribute("data-files")));
        Assert.Contains("notes.txt", zone.Find(".studio-upload-files").TextContent, StringComparison.Ordinal);
        Assert.Contains("21 B", zone.Find(".studio-upload-files").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APreviewZone_TakesOneFile_AndShowsTheUploadProgress()
    {
        await using var ui = UiContext.Create();

        var zone = ui.Render<UploadZone>(p => p.Add(z => z.Id, "comment-preview").Add(z => z.Label, "Add a preview").Add(z => z.Accept, "video/*").Add(z => z.Progress, 42));

        var input = zone.Find("#comment-preview input[type=file]");
        Assert.Null(input.GetAttribute("multiple"));
        Assert.Equal("video/*", input.GetAttribute("accept"));
        Assert.Equal("42", zone.Find("#comment-preview-progress").GetAttribute("aria-valuenow"));
        Assert.Contains("drop a file here or click", zone.Markup, StringComparison.Ordinal);
    }
}

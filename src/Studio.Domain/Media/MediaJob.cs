using System.Text.Json.Nodes;
using Studio.Domain.Common;

namespace Studio.Domain.Media;

/// <summary>
/// A unit of media work (Studio's own table, not Zou's): normalizing an uploaded preview, or building a playlist's
/// movie. Workers claim a queued job, or one whose lease expired (its worker died), renew the lease while they
/// work, and record progress; a job is retried a few times before it is marked failed.
/// </summary>
public class MediaJob : ZouEntity
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";

    /// <summary><c>preview</c> or <c>playlist</c>.</summary>
    public string Kind { get; set; } = "preview";

    public Guid? PreviewFileId { get; set; }

    public Guid? BuildJobId { get; set; }

    public string State { get; set; } = Queued;

    public int Attempts { get; set; }

    /// <summary>The worker holding the job (process and instance), while its lease runs.</summary>
    public string? LeaseOwner { get; set; }

    public DateTime? LeaseUntil { get; set; }

    /// <summary>0 to 100, from ffmpeg's progress output.</summary>
    public int Progress { get; set; }

    /// <summary>What the job is doing (<c>lowdef</c>, <c>highdef</c>, <c>pictures</c>, <c>tiles</c>…).</summary>
    public string? Stage { get; set; }

    public string? Error { get; set; }

    public JsonNode? Data { get; set; }
}

namespace Studio.Domain.Common;

/// <summary>An upload larger than the configured limit, in bytes.</summary>
public sealed class TooLargeException(long limit) : DomainException($"The file is larger than the limit of {limit} bytes.")
{
    public long Limit { get; } = limit;
}

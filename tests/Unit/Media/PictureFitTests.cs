using System.Buffers.Binary;
using SkiaSharp;
using Studio.Domain.Common;
using Studio.Media;

namespace Studio.Tests.Unit.Media;

/// <summary>Pictures resized in-process: an avatar cropped around its centre, a thumbnail padded, what is no picture or too large refused.</summary>
public sealed class PictureFitTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("picture-fit-").FullName;

    [Fact]
    public void AnAvatar_Is400Square_CroppedAroundTheCentre()
    {
        // 800×400: red on the left half, blue on the right. Cropped to the middle 400×400, both halves show.
        var source = Picture(800, 400, (canvas, paint) =>
        {
            paint.Color = SKColors.Red;
            canvas.DrawRect(0, 0, 400, 400, paint);
            paint.Color = SKColors.Blue;
            canvas.DrawRect(400, 0, 400, 400, paint);
        });

        Assert.True(PictureFit.Avatar.TryResize(source, Output));

        using var avatar = SKBitmap.Decode(Output);
        Assert.Equal((400, 400), (avatar.Width, avatar.Height));
        Assert.Equal(SKColors.Red, avatar.GetPixel(5, 200));
        Assert.Equal(SKColors.Blue, avatar.GetPixel(394, 200));
    }

    [Fact]
    public void AThumbnail_KeepsTheWholePicture_PaddedWithItsColour()
    {
        var source = Picture(400, 400, (canvas, paint) =>
        {
            paint.Color = SKColors.Green;
            canvas.DrawRect(0, 0, 400, 400, paint);
        });

        Assert.True(new PictureFit(150, 100, Crop: false, PadColor: 0x00000000).TryResize(source, Output));

        using var thumbnail = SKBitmap.Decode(Output);
        Assert.Equal((150, 100), (thumbnail.Width, thumbnail.Height));
        Assert.Equal(0, thumbnail.GetPixel(10, 50).Alpha);
        Assert.Equal(SKColors.Green, thumbnail.GetPixel(75, 50));
    }

    [Fact]
    public void WhatIsNoPicture_IsLeftToFfmpeg_AndAHugeOneIsRefusedBeforeDecoding()
    {
        var text = Path.Combine(folder, "notes.txt");
        File.WriteAllText(text, "not a picture");
        Assert.False(PictureFit.Avatar.TryResize(text, Output));

        // A tiny PNG whose header declares 60000×60000 pixels.
        var bomb = Path.Combine(folder, "bomb.png");
        File.WriteAllBytes(bomb, WithDeclaredSize(File.ReadAllBytes(Picture(2, 2, (_, _) => { })), 60000, 60000));
        var error = Assert.Throws<WrongParameterException>(() => PictureFit.Avatar.TryResize(bomb, Output));
        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public void TheFfmpegFilter_HasTheSameGeometry()
    {
        Assert.Equal("scale=400:400:force_original_aspect_ratio=increase,crop=400:400", PictureFit.Avatar.FfmpegFilter);
        Assert.Equal("format=rgba,scale=300:200:force_original_aspect_ratio=decrease,pad=300:200:(ow-iw)/2:(oh-ih)/2:color=0x000000FF",
            new PictureFit(300, 200, Crop: false).FfmpegFilter);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Output => Path.Combine(folder, "out.png");

    private string Picture(int width, int height, Action<SKCanvas, SKPaint> draw)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint())
        {
            draw(canvas, paint);
        }

        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.png");
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    /// <summary>The PNG with the width and height of its IHDR chunk changed (and the chunk's CRC made right again).</summary>
    private static byte[] WithDeclaredSize(byte[] png, int width, int height)
    {
        const int ihdr = 8 + 4; // signature, chunk length: then "IHDR" and its 13 bytes
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(ihdr + 4), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(ihdr + 8), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(ihdr + 4 + 13), Crc32(png.AsSpan(ihdr, 4 + 13)));
        return png;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}

### Daty, godziny i liczby tak, jak pisze się je po polsku. Liczby wstawia aplikacja.

fmt-date = { $day } { $month ->
     [1] stycznia
     [2] lutego
     [3] marca
     [4] kwietnia
     [5] maja
     [6] czerwca
     [7] lipca
     [8] sierpnia
     [9] września
     [10] października
     [11] listopada
    *[12] grudnia
} { $year }
fmt-day-month = { $day } { $month ->
     [1] sty
     [2] lut
     [3] mar
     [4] kwi
     [5] maj
     [6] cze
     [7] lip
     [8] sie
     [9] wrz
     [10] paź
     [11] lis
    *[12] gru
}
fmt-time = { $hour }:{ $minute }
fmt-date-time = { $date }, { $time }
fmt-date-time-utc = { $date }, { $time } (UTC)
fmt-score = { $value } na { $max }

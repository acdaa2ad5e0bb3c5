### Fechas, horas y números como se escriben en español. La aplicación rellena los números.

fmt-date = { $day } de { $month ->
     [1] enero
     [2] febrero
     [3] marzo
     [4] abril
     [5] mayo
     [6] junio
     [7] julio
     [8] agosto
     [9] septiembre
     [10] octubre
     [11] noviembre
    *[12] diciembre
} de { $year }
fmt-day-month = { $day } { $month ->
     [1] ene
     [2] feb
     [3] mar
     [4] abr
     [5] may
     [6] jun
     [7] jul
     [8] ago
     [9] sept
     [10] oct
     [11] nov
    *[12] dic
}
fmt-time = { $hour }:{ $minute }
fmt-date-time = { $date }, { $time }
fmt-date-time-utc = { $date }, { $time } (UTC)
fmt-score = { $value } de { $max }

# Deep but legal nesting: 30 levels of lists, objects and calls.
locals {
  deep_list = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[["leaf"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
  deep_obj  = { l0 = { l1 = { l2 = { l3 = { l4 = { l5 = { l6 = { l7 = { l8 = { l9 = { l10 = { l11 = { l12 = { l13 = { l14 = { l15 = { l16 = { l17 = { l18 = { l19 = { l20 = { l21 = { l22 = { l23 = { l24 = { l25 = { l26 = { l27 = { l28 = { l29 = true } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }
  deep_paren = ((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))
  deep_call  = abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(abs(-1))))))))))))))))))))))))))))))
  deep_mixed = [{ a = [{ b = [{ c = [{ d = [{ e = [{ f = [{ g = [var.x] }] }] }] }] }] }] }]
  deep_multi = [
    [
      [
        [
          [
            [
              [
                [
                  [
                    [
                      [
                        "bottom",
                      ],
                    ],
                  ],
                ],
              ],
            ],
          ],
        ],
      ],
    ],
  ]
}
